package dev.superlevel.core.expr;

/** The lexical categories of the expression language. */
public enum TokenKind {
    /** A decimal literal: {@code 2}, {@code 2.5}, {@code .5}, {@code 1e-3}, {@code 2.5E+1}. */
    NUMBER,
    /** A name: a variable, constant, parameter or function ({@code [A-Za-z_][A-Za-z0-9_]*}). */
    IDENTIFIER,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    /** Power: {@code ^} or its synonym {@code **}. */
    CARET,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    /** The end of the input; its column is one past the last character. */
    END
}
