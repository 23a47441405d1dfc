package dev.superlevel.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * QA 122: the real window filling a 1280 × 800 screen (Monocle's default) with four runs, as in the QA
 * screenshot: every live chart keeps a plot at least {@link FittingLegend#MIN_PLOT_HEIGHT} px tall (the
 * legends had left about 30 px) and its range-axis title ("components", "learning rate") inside the chart.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenChartsWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        window = new MainWindow(vm, executor, new RecordingDialogs(), MemoryPreferences.recentFiles(), folder -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("gaussian-bumps");
    }

    private boolean settled(int runs) {
        return vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && vm.runs().runs().size() == runs
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null)
                && vm.playback().lastStepProperty().get() > 0;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withFourRunsEveryChartKeepsAReadablePlot(FxRobot robot) throws Exception {
        waitUntil(() -> settled(1));
        for (int k = 2; k <= 4; k++) {
            robot.clickOn("#run-add");
            int runs = k;
            waitUntil(() -> settled(runs));
        }
        robot.interact(() -> vm.playback().seek(200));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.liveCharts().legendLabels(ChartKind.LOSS).stream()
                .filter(l -> l.startsWith("gd ")).count(), "the legend still lists the four runs where it fits");
        for (ChartKind kind : ChartKind.values()) {
            ChartViewer viewer = window.chartsView().viewer(kind);
            ChartRenderingInfo[] info = new ChartRenderingInfo[1];
            robot.interact(() -> info[0] = viewer.getCanvas().getRenderingInfo());
            Rectangle2D chartArea = info[0].getChartArea();
            Rectangle2D plot = info[0].getPlotInfo().getDataArea();
            assertTrue(chartArea.getHeight() < 200, kind + ": a small screen's chart, " + chartArea.getHeight() + " px");
            assertTrue(plot.getHeight() >= FittingLegend.MIN_PLOT_HEIGHT,
                    kind + ": plot " + plot.getHeight() + " px tall in a chart of " + chartArea.getHeight());
            ValueAxis axis = window.liveCharts().chart(kind).getXYPlot().getRangeAxis();
            double label = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                    .getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel());
            // the title is centred on the plot: it must not reach above the chart's top
            assertTrue(plot.getCenterY() - label / 2 >= chartArea.getMinY(),
                    kind + ": \"" + axis.getLabel() + "\" (" + label + " px) clipped by a plot of " + plot.getHeight());
        }
    }
}
