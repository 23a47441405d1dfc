package dev.superlevel.core.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into {@link Token}s. Whitespace separates tokens and is otherwise ignored;
 * {@code **} is read as one {@link TokenKind#CARET}. The list always ends with an {@link TokenKind#END}
 * token whose column is one past the last character. Columns count UTF-16 chars from 1.
 */
public final class Lexer {

    private final String source;
    private int index;

    private Lexer(String source) {
        this.source = source;
    }

    /** @throws ParseException at the first character that starts no token, or a malformed number */
    public static List<Token> tokenize(String source) {
        return new Lexer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (index >= source.length()) {
                tokens.add(new Token(TokenKind.END, "", index + 1));
                return tokens;
            }
            tokens.add(nextToken());
        }
    }

    private void skipWhitespace() {
        while (index < source.length() && Character.isWhitespace(source.charAt(index))) {
            index++;
        }
    }

    private Token nextToken() {
        char c = source.charAt(index);
        if (isAtNumberStart()) {
            return readNumber();
        }
        if (isIdentifierStart(c)) {
            return readIdentifier();
        }
        if (c == '*' && index + 1 < source.length() && source.charAt(index + 1) == '*') {
            return take(TokenKind.CARET, 2);
        }
        TokenKind kind = symbolKind(c);
        if (kind == null) {
            throw new ParseException(source, index + 1, "unexpected character " + quoteCodePoint());
        }
        return take(kind, 1);
    }

    private static TokenKind symbolKind(char c) {
        switch (c) {
            case '+': return TokenKind.PLUS;
            case '-': return TokenKind.MINUS;
            case '*': return TokenKind.STAR;
            case '/': return TokenKind.SLASH;
            case '^': return TokenKind.CARET;
            case '(': return TokenKind.LEFT_PAREN;
            case ')': return TokenKind.RIGHT_PAREN;
            case ',': return TokenKind.COMMA;
            default: return null;
        }
    }

    private String quoteCodePoint() {
        int cp = source.codePointAt(index);
        if (Character.isISOControl(cp)) {
            return String.format("U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private Token take(TokenKind kind, int length) {
        Token t = new Token(kind, source.substring(index, index + length), index + 1);
        index += length;
        return t;
    }

    private boolean isAtNumberStart() {
        char c = source.charAt(index);
        return isDigit(c) || (c == '.' && index + 1 < source.length() && isDigit(source.charAt(index + 1)));
    }

    /** digits [ '.' digits ] [ ('e'|'E') ['+'|'-'] digits ], or '.' digits [...]. */
    private Token readNumber() {
        int start = index;
        skipDigits();
        if (index < source.length() && source.charAt(index) == '.') {
            index++;
            skipDigits();
        }
        if (index < source.length() && (source.charAt(index) == 'e' || source.charAt(index) == 'E')) {
            readExponent(start);
        }
        String text = source.substring(start, index);
        if (Double.isInfinite(Double.parseDouble(text))) {
            throw new ParseException(source, start + 1, "number '" + text + "' is too large");
        }
        return new Token(TokenKind.NUMBER, text, start + 1);
    }

    private void readExponent(int start) {
        index++;
        if (index < source.length() && (source.charAt(index) == '+' || source.charAt(index) == '-')) {
            index++;
        }
        int digitsStart = index;
        skipDigits();
        if (index == digitsStart) {
            throw new ParseException(source, start + 1, "malformed number '" + source.substring(start, index)
                    + "': the exponent has no digits");
        }
    }

    private void skipDigits() {
        while (index < source.length() && isDigit(source.charAt(index))) {
            index++;
        }
    }

    private Token readIdentifier() {
        int start = index;
        while (index < source.length() && isIdentifierPart(source.charAt(index))) {
            index++;
        }
        return new Token(TokenKind.IDENTIFIER, source.substring(start, index), start + 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
