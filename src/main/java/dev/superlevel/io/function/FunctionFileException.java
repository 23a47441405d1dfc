package dev.superlevel.io.function;

/**
 * A function file is malformed. The message names the file, the 1-based line and what is wrong, as in
 * {@code rosenbrock.fn:7: unknown key 'lamda' (did you mean 'lambda'?)}.
 */
public final class FunctionFileException extends IllegalArgumentException {

    private final String origin;
    private final int line;

    public FunctionFileException(String origin, int line, String problem) {
        super(origin + (line > 0 ? ":" + line : "") + ": " + problem);
        this.origin = origin;
        this.line = line;
    }

    /** The file name (or other origin) the text came from. */
    public String origin() {
        return origin;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file (a missing key). */
    public int line() {
        return line;
    }
}
