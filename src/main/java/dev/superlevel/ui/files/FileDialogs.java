package dev.superlevel.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs the file commands need: pick a file to open or to save, and report a failure. The app
 * uses {@link FxFileDialogs} (native choosers, alerts); tests answer with fixed paths and record the
 * errors, so every command runs without a stage.
 */
public interface FileDialogs {

    /** A chooser filter: its description ("Session (*.json)") and glob patterns ("*.json"). */
    record Filter(String description, List<String> patterns) {

        public Filter {
            patterns = List.copyOf(patterns);
        }

        public static Filter of(String description, String... patterns) {
            return new Filter(description, List.of(patterns));
        }
    }

    /** Asks for an existing file; empty when the user cancels. */
    Optional<Path> open(String title, Filter filter);

    /** Asks where to save, proposing {@code initialName}; empty when the user cancels. */
    Optional<Path> save(String title, Filter filter, String initialName);

    /** Shows a failure: {@code header} names the file, {@code message} the problem. */
    void error(String header, String message);
}
