package dev.superlevel.render;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A vertical log axis whose ticks are labelled in plain numbers ({@link Ticks#format}) at m·10^k: every
 * m in 1…9 when the range is narrow, 1, 2, 5 for a few decades, and powers of ten (every d-th decade)
 * beyond, whichever is densest with at most one label per {@value #MIN_SPACING} units of height. A
 * run's loss often spans less than a decade, where JFreeChart's log axes label nothing.
 */
final class LogLossAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final double MIN_SPACING = 18;
    private static final int[][] MULTIPLIERS = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1}};

    LogLossAxis() {
        setSmallestValue(Double.MIN_NORMAL);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double lo = getRange().getLowerBound();
        double hi = getRange().getUpperBound();
        int room = Math.max(2, (int) (dataArea.getHeight() / MIN_SPACING));
        for (int[] m : MULTIPLIERS) {
            List<Double> values = values(lo, hi, m, 1);
            if (values.size() <= room) {
                return ticks(values, edge);
            }
        }
        int decades = (int) Math.ceil(Math.log10(hi / lo));
        return ticks(values(lo, hi, MULTIPLIERS[2], Math.max(1, (decades + room - 1) / room)), edge);
    }

    /** m·10^k in [lo, hi] for every k divisible by {@code every}. */
    private static List<Double> values(double lo, double hi, int[] multipliers, int every) {
        List<Double> values = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        for (int k = first; k <= last; k++) {
            if (Math.floorMod(k, every) != 0) {
                continue;
            }
            for (int m : multipliers) {
                double v = Double.parseDouble(m + "e" + k); // exact decimal, no 10^k rounding drift
                if (v >= lo && v <= hi) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private static List<NumberTick> ticks(List<Double> values, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : values) {
            ticks.add(new NumberTick(TickType.MAJOR, v, Ticks.format(v, 3), anchor, anchor, 0));
        }
        return ticks;
    }
}
