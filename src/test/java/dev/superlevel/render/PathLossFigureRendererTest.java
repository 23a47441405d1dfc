package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

class PathLossFigureRendererTest {

    private static final PathLossSeries WITH_LOSS = new PathLossSeries("a.csv", new double[] {0, 10, 20},
            new double[] {1.5, Double.NaN, 0.75}, new double[] {2, 1.5, 1.25});
    private static final PathLossSeries WITHOUT = new PathLossSeries("proj.h5", new double[] {0, 1},
            new double[] {1, 0.5}, new double[] {Double.NaN, Double.NaN});

    @Test
    void eachPathHasItsSurfaceCurveAndItsRecordedCurveInOneColour() {
        JFreeChart chart = PathLossFigureRenderer.chart(List.of(WITH_LOSS, WITHOUT), FigureStyle.LIGHT);
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(4, data.getSeriesCount());
        assertEquals("a.csv: L on the surface", data.getSeriesKey(0));
        assertEquals(20.0, data.getXValue(0, 2));
        assertEquals(0.75, data.getYValue(0, 2));
        assertTrue(Double.isNaN(data.getYValue(0, 1)), "an undefined surface value is a gap");
        assertEquals("a.csv: recorded loss", data.getSeriesKey(1));
        assertEquals(1.5, data.getYValue(1, 1));
        XYItemRenderer r = plot.getRenderer();
        assertEquals(r.getSeriesPaint(0), r.getSeriesPaint(1));
        assertTrue(r.isSeriesVisibleInLegend(1));
        assertFalse(r.isSeriesVisibleInLegend(3), "a file without a loss column shows no recorded curve in the legend");
        assertFalse(r.getSeriesPaint(0).equals(r.getSeriesPaint(2)), "paths are told apart");
    }

    @Test
    void mismatchedLengthsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PathLossSeries("p",
                new double[] {0, 1}, new double[] {1}, new double[] {1, 2}));
        assertEquals("path loss series 'p': 2 steps but 1 surface and 2 recorded losses", e.getMessage());
    }

    @Test
    void pathLossKindParsesFromItsLabel() {
        assertEquals(FigureKind.PATH_LOSS, FigureKind.parse("path-loss"));
        assertEquals("path-loss", FigureKind.PATH_LOSS.label());
    }
}
