package dev.superlevel.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * {@link Ticks#format} as a {@link NumberFormat} for JFreeChart axes: short, locale-independent labels
 * (4 significant digits, exponent form when huge or tiny) that fit the fixed axis width of the panels.
 * Formatting only; parsing is not supported.
 */
public final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Ticks.format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Ticks.format(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
