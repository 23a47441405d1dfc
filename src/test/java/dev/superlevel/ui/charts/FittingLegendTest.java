package dev.superlevel.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.LegendItemEntity;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.beans.property.SimpleObjectProperty;

/** A chart's legend takes room only where the plot keeps enough, at whatever size the chart is drawn. */
class FittingLegendTest {

    private final LiveCharts charts;

    FittingLegendTest() {
        RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());
        runs.lossProperty().set(ExpressionCompiler.compile("0.5*(x^2 + 10*y^2)"));
        for (int k = 0; k < 4; k++) {
            runs.add(1 + k * 0.5, 1);
        }
        charts = new LiveCharts(runs, new PlaybackViewModel(), new SimpleObjectProperty<LandscapeData>());
    }

    /** Draws {@code chart} at w × h and returns what it drew. */
    private static ChartRenderingInfo draw(JFreeChart chart, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h), null, info);
        } finally {
            g2.dispose();
        }
        return info;
    }

    private static long legendEntries(ChartRenderingInfo info) {
        return info.getEntityCollection().getEntities().stream().filter(LegendItemEntity.class::isInstance).count();
    }

    @Test
    void aRoomyChartDrawsItsWholeLegend() {
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart chart = charts.chart(kind);
            ChartRenderingInfo info = draw(chart, 640, 400);
            assertEquals(chart.getXYPlot().getLegendItems().getItemCount(), legendEntries(info), kind.title());
        }
    }

    @Test
    void aShortChartDropsItsLegendAndKeepsThePlot() {
        for (ChartKind kind : ChartKind.values()) {
            ChartRenderingInfo info = draw(charts.chart(kind), 320, 130);
            assertEquals(0, legendEntries(info), kind.title());
            double plot = info.getPlotInfo().getDataArea().getHeight();
            assertTrue(plot >= FittingLegend.MIN_PLOT_HEIGHT, kind.title() + ": " + plot);
        }
    }

    @Test
    void theLegendIsDroppedExactlyWhereItWouldSqueezeThePlotBelowTheMinimum() {
        JFreeChart chart = charts.chart(ChartKind.LOSS);
        for (int h = 100; h <= 300; h += 5) {
            ChartRenderingInfo info = draw(chart, 320, h);
            double plot = info.getPlotInfo().getDataArea().getHeight();
            if (legendEntries(info) > 0) {
                assertTrue(plot >= FittingLegend.MIN_PLOT_HEIGHT, h + " px chart with legend: plot " + plot);
            } else {
                chart.getLegend().setVisible(false);
                double bare = draw(chart, 320, h).getPlotInfo().getDataArea().getHeight();
                chart.getLegend().setVisible(true);
                assertEquals(bare, plot, 1e-9, "no room taken by a dropped legend");
            }
        }
        assertTrue(legendEntries(draw(chart, 320, 300)) > 0);
        assertEquals(0, legendEntries(draw(chart, 320, 100)));
    }
}
