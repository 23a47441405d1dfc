package dev.superlevel.core.expr;

/**
 * An expression that cannot be compiled. The message always starts with the 1-based column of the
 * offending character, e.g. {@code "column 5: unknown function 'sinn' (did you mean 'sin'?)"}.
 */
public final class ParseException extends IllegalArgumentException {

    /** Characters of the source shown on either side of the caret in {@link #caretSnippet()}. */
    private static final int SNIPPET_RADIUS = 40;

    private final String source;
    private final int column;
    private final String problem;

    /**
     * @param source the whole expression as typed
     * @param column 1-based column of the problem (may be {@code source.length() + 1}: end of input)
     * @param problem what is wrong, without the column prefix
     */
    public ParseException(String source, int column, String problem) {
        super("column " + column + ": " + problem);
        this.source = source == null ? "" : source;
        this.column = column;
        this.problem = problem;
    }

    /** The 1-based column of the offending character. */
    public int column() {
        return column;
    }

    /** The expression that failed. */
    public String source() {
        return source;
    }

    /** The problem without the column prefix, e.g. {@code unknown name 'z'}. */
    public String problem() {
        return problem;
    }

    /**
     * Two lines: the source (control characters shown as spaces, long sources cut to a window of
     * about 80 characters around the column, cuts marked with "...") and a {@code ^} under the column.
     */
    public String caretSnippet() {
        int index = Math.max(0, Math.min(column - 1, source.length()));
        int from = Math.max(0, index - SNIPPET_RADIUS);
        int to = Math.min(source.length(), index + SNIPPET_RADIUS);
        String prefix = from > 0 ? "..." : "";
        String suffix = to < source.length() ? "..." : "";
        StringBuilder line = new StringBuilder(prefix);
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        line.append(suffix);
        return line + "\n" + " ".repeat(prefix.length() + index - from) + "^";
    }
}
