package dev.superlevel.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Numbers as people write them, for tooltips and read-outs in the app and its exports alike:
 * {@link Ticks#format(double, int)} with five significant digits, so 4.62911593 reads {@code 4.6291},
 * 1.2e-5 reads {@code 1.2e-5} and 250 reads {@code 250} (never {@code 4.62911593E0}). Locale-independent.
 * Formatting only; parsing is not supported. Immutable apart from NumberFormat's unused settings.
 */
public final class ReadableNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    /** Significant digits shown. */
    public static final int DIGITS = 5;

    /** {@code v} as people write it (see the class comment). */
    public static String text(double v) {
        return Ticks.format(v, DIGITS);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("read-outs are not parsed");
    }
}
