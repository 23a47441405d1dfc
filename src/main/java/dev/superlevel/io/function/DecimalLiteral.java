package dev.superlevel.io.function;

import java.util.regex.Pattern;

/** Plain decimal literals of function files (and {@code --param} values) and how precisely they are written. */
public final class DecimalLiteral {

    private static final Pattern LITERAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private DecimalLiteral() {
    }

    /** Whether {@code text} is a finite decimal literal (no NaN, Infinity, hex or suffixes). */
    public static boolean isValid(String text) {
        return LITERAL.matcher(text.strip()).matches();
    }

    /**
     * Half a unit of the last written digit: {@code 0.0898} → 0.00005, {@code 1.5e-3} → 0.00005; a
     * literal without a decimal point ({@code 1}, {@code -3}, {@code 2e5}) is exact, resolution 0.
     */
    static double resolution(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        int e = t.indexOf('e');
        String mantissa = e < 0 ? t : t.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(t.substring(e + 1).replace("+", ""));
        int dot = mantissa.indexOf('.');
        if (dot < 0) {
            return 0.0;
        }
        int decimals = mantissa.length() - dot - 1 - exponent;
        return 0.5 * Math.pow(10, -decimals);
    }
}
