package dev.superlevel.cli;

import java.util.List;

/**
 * The few JSON fragments the CLI prints. Numbers use {@link Double#toString} (Java's shortest
 * round-trip form) so scripts can compare them bit for bit; non-finite numbers print as the bare
 * tokens {@code NaN}, {@code Infinity}, {@code -Infinity} (as Python's json module reads them), not as
 * strings. Strings are escaped per RFC 8259.
 */
final class Json {

    private final StringBuilder text = new StringBuilder("{");

    /** Appends {@code "key":value} with a number value. */
    Json number(String key, double value) {
        return raw(key, Double.toString(value));
    }

    /** Appends {@code "key":value} with an integer value. */
    Json integer(String key, long value) {
        return raw(key, Long.toString(value));
    }

    /** Appends {@code "key":"value"}. */
    Json string(String key, String value) {
        return raw(key, quote(value));
    }

    /** Appends {@code "key":[a,b,...]} with numbers. */
    Json numbers(String key, double... values) {
        return raw(key, array(values));
    }

    /** Appends {@code "key":value} with an already-encoded JSON value. */
    Json raw(String key, String encodedValue) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append(quote(key)).append(':').append(encodedValue);
        return this;
    }

    /** The object, closed. */
    String close() {
        return text + "}";
    }

    static String array(double... values) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < values.length; k++) {
            b.append(k == 0 ? "" : ",").append(Double.toString(values[k]));
        }
        return b.append(']').toString();
    }

    static String arrayOf(List<String> encodedValues) {
        return "[" + String.join(",", encodedValues) + "]";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
