package dev.superlevel.ui.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link FileDialogs} for tests: answers each chooser with the next queued path (empty: the user
 * cancelled) and records every error as "header: message".
 */
public final class RecordingDialogs implements FileDialogs {

    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    /** The next chooser answers {@code file}. */
    public RecordingDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> open(String title, Filter filter) {
        titles.add(title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(String title, Filter filter, String initialName) {
        titles.add(title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void error(String header, String message) {
        errors.add(header + ": " + message);
    }

    public List<String> errors() {
        return errors;
    }

    /** The titles of the choosers asked so far. */
    public List<String> titles() {
        return titles;
    }
}
