package dev.superlevel.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link FileDialogs} with JavaFX's native {@link FileChooser} (starting in the folder of the last
 * file chosen) and an error {@link Alert} owned by the main window. FX thread only.
 */
public final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;
    private File lastFolder;

    /** Dialogs owned by the window {@code owner} returns when a dialog opens. */
    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, Filter filter) {
        return remember(chooser(title, filter).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> save(String title, Filter filter, String initialName) {
        FileChooser chooser = chooser(title, filter);
        chooser.setInitialFileName(initialName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.show();
    }

    private FileChooser chooser(String title, Filter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
