package dev.superlevel.ui.function;

/**
 * Why the typed expression was rejected.
 *
 * @param column 1-based column of the offending token, 0 if unknown
 * @param caretSnippet the source line with a {@code ^} under the column
 */
public record ExpressionProblem(String message, int column, String caretSnippet) {
}
