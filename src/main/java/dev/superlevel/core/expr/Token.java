package dev.superlevel.core.expr;

/**
 * One lexical token.
 *
 * @param kind its category
 * @param text the characters it was read from (empty for {@link TokenKind#END})
 * @param column the 1-based column of its first character in the source
 */
public record Token(TokenKind kind, String text, int column) {

    /** How an error message names this token: {@code 'sin'}, or {@code end of input}. */
    public String describe() {
        return kind == TokenKind.END ? "end of input" : "'" + text + "'";
    }

    boolean is(TokenKind k) {
        return kind == k;
    }
}
