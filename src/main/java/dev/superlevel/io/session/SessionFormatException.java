package dev.superlevel.io.session;

import java.io.IOException;

/**
 * A session file or embedded session that cannot be loaded. The message names the source, the JSON path
 * of the first problem and what is wrong, e.g. {@code "view.json: runs[1].lr: must be ≥ 0, got -1"}.
 */
public class SessionFormatException extends IOException {

    private final String path;

    public SessionFormatException(String source, String path, String problem) {
        super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
        this.path = path;
    }

    public SessionFormatException(String source, String path, String problem, Throwable cause) {
        this(source, path, problem);
        initCause(cause);
    }

    /** JSON path of the offending field ({@code runs[1].lr}), empty when the whole document is at fault. */
    public String path() {
        return path;
    }
}
