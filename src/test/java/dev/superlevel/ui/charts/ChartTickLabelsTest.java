package dev.superlevel.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.render.TickFormat;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;

/** QA 3: the live charts' tick labels read 0, 5e17, -1.5e-4 as people write them, not 0E0, 5E17, -1.5E-4. */
class ChartTickLabelsTest {

    @Test
    void theTickRuleWritesNumbersAsPeopleDo() {
        TickFormat format = new TickFormat();
        assertEquals("0", format.format(0.0));
        assertEquals("5e17", format.format(5e17));
        assertEquals("-1.5e-4", format.format(-1.5e-4));
        assertEquals("250", format.format(250.0));
        assertEquals("0.05", format.format(0.05));
    }

    /** The labels of the major ticks a vertical axis draws for data spanning {@code ys}, on a 300 px tall plot. */
    private static List<String> tickLabels(NumberAxis axis, double... ys) {
        XYSeries series = new XYSeries("run");
        for (int i = 0; i < ys.length; i++) {
            series.add(i, ys[i]);
        }
        new XYPlot(new XYSeriesCollection(series), new NumberAxis("step"), axis, new XYLineAndShapeRenderer());
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 400, 300),
                    RectangleEdge.LEFT);
            return ticks.stream().map(ValueTick.class::cast).filter(t -> t.getTickType() == TickType.MAJOR)
                    .map(ValueTick::getText).toList();
        } finally {
            g2.dispose();
        }
    }

    @Test
    void aReadableAxisLabelsItsTicksByThatRule() {
        for (double[] ys : new double[][] {{0, 5e17}, {-1.5e-4, 0}, {0, 60}}) {
            List<String> labels = tickLabels(new ReadableNumberAxis("loss"), ys);
            assertTrue(labels.size() >= 2, labels.toString());
            assertTrue(labels.contains("0"), labels.toString());
            for (String label : labels) {
                assertFalse(label.contains("E"), labels.toString());
                assertEquals(label, new TickFormat().format(Double.parseDouble(label)), "a label as the rule writes it");
            }
        }
        assertTrue(tickLabels(new ReadableNumberAxis("loss"), -1.5e-4, 0).contains("-1.5e-4"));
    }

    @Test
    void everyLiveChartUsesItOnBothAxes() {
        LiveCharts charts = new LiveCharts(new RunsViewModel(new SameThreadExecutor()), new PlaybackViewModel(),
                new SimpleObjectProperty<LandscapeData>());
        for (ChartKind kind : ChartKind.values()) {
            XYPlot plot = charts.chart(kind).getXYPlot();
            for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                assertTrue(axis instanceof NumberAxis n && n.getNumberFormatOverride() instanceof TickFormat,
                        kind + " " + axis.getLabel());
            }
        }
        charts.setLogLoss(true);
        charts.setLogLoss(false);
        assertTrue(((NumberAxis) charts.chart(ChartKind.LOSS).getXYPlot().getRangeAxis())
                .getNumberFormatOverride() instanceof TickFormat, "the linear loss axis again after log");
    }
}
