package dev.superlevel.ui.charts;

import dev.superlevel.render.TickFormat;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;

/**
 * A value axis that stays readable: its tick labels are written as people write numbers, by the project's
 * one rule for tick labels ({@link TickFormat}: 0, 5e17, -1.5e-4, never JFreeChart's 0E0, 5E17, -1.5E-4),
 * and it stays readable when every point has the same value (step 0 shows one point per run): JFreeChart
 * would widen such a range only to the minimum auto-range size, giving ticks like {@code 4.853876E-1};
 * here a degenerate range becomes ±5 % of its value (±1 around 0).
 */
final class ReadableNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    ReadableNumberAxis(String label) {
        super(label);
        setNumberFormatOverride(new TickFormat());
    }

    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        Range range = getRange();
        if (!isAutoRange() || range.getLength() > 1.000001 * getAutoRangeMinimumSize()) {
            return;
        }
        double centre = range.getCentralValue();
        double half = centre == 0 ? 1 : 0.05 * Math.abs(centre);
        if (half > range.getLength() / 2) {
            setRange(new Range(centre - half, centre + half), false, false);
        }
    }
}
