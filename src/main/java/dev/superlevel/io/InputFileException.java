package dev.superlevel.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that {@link InputFiles} refuses to read. The message is one line, {@code PATH: PROBLEM}, e.g.
 * {@code /tmp/p: is a FIFO (named pipe), not a data set}; {@link #problem()} is the part after the path,
 * for callers that name the file their own way.
 */
public final class InputFileException extends IOException {

    private final transient Path file;
    private final String problem;

    public InputFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** The path as given. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
