package dev.superlevel.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ReadableNumberAxisTest {

    private static ReadableNumberAxis axisShowing(double... ys) {
        XYSeries series = new XYSeries("run");
        for (int i = 0; i < ys.length; i++) {
            series.add(i, ys[i]);
        }
        ReadableNumberAxis axis = new ReadableNumberAxis("loss");
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(1e-6);
        new XYPlot(new XYSeriesCollection(series), new ReadableNumberAxis("step"), axis,
                new XYLineAndShapeRenderer());
        return axis;
    }

    @Test
    void aSinglePointGetsFivePercentEitherSideInsteadOfAMicroscopicRange() {
        ReadableNumberAxis axis = axisShowing(0.4853876);
        assertEquals(0.4853876 * 0.95, axis.getLowerBound(), 1e-12);
        assertEquals(0.4853876 * 1.05, axis.getUpperBound(), 1e-12);
    }

    @Test
    void aSingleZeroGetsPlusMinusOne() {
        ReadableNumberAxis axis = axisShowing(0, 0);
        assertEquals(-1, axis.getLowerBound(), 1e-12);
        assertEquals(1, axis.getUpperBound(), 1e-12);
    }

    @Test
    void aRealRangeIsLeftToJFreeChart() {
        ReadableNumberAxis axis = axisShowing(2, 3);
        assertEquals(3 - 2, axis.getUpperBound() - axis.getLowerBound(), 0.1 + 1e-12,
                "only JFreeChart's small margins around [2, 3]");
    }
}
