package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.core.optim.TunerState;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.ReadableNumberFormat;
import dev.superlevel.ui.charts.ChartKind;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.landscape.PlotArea;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.runs.RunViewModel;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/**
 * Issue 11, items 7–11, 13, 16, 17: drives the real window (menus, buttons, fields, mouse drags) and
 * asserts what is on screen: the map's aspect and legend, the charts' step-0 points, faint whole runs,
 * legends and tooltips, the components count, the log colour bar, the tuner panel, dragging a start
 * marker and a typed Lyapunov function.
 */
@ExtendWith(ApplicationExtension.class)
class ViewsExplainThemselvesTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        window = new MainWindow(vm, executor, new dev.superlevel.ui.files.RecordingDialogs(),
                dev.superlevel.ui.files.MemoryPreferences.recentFiles(), folder -> { });
        Scene scene = new Scene(window, 1260, 780);
        scene.getStylesheets().setAll(MainWindow.stylesheet(false));
        stage.setScene(scene);
        stage.show();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("gaussian-bumps");
    }

    @BeforeEach
    void waitForFirstLandscapeAndRun() throws Exception {
        waitUntil(this::settled);
    }

    private boolean settled() {
        return vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && !vm.runs().runs().isEmpty()
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null)
                && vm.playback().lastStepProperty().get() > 0;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RunViewModel firstRun() {
        return vm.runs().runs().get(0);
    }

    // item 7

    @Test
    void theMapIsAtEqualAspectUntilStretchToFillIsTicked(FxRobot robot) {
        robot.interact(() -> vm.landscape().viewDomainProperty().set(new Domain(-4, 4, -1, 1)));
        PlotArea area = window.landscapeView().plotArea();
        assertEquals(area.width() / 8, area.height() / 2, 1e-9, "one unit of x as long as one of y");
        robot.clickOn("View").clickOn("Stretch map to fill");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.landscape().stretchToFillProperty().get());
        PlotArea stretched = window.landscapeView().plotArea();
        assertTrue(stretched.height() > 2 * area.height(), "fills the height: " + stretched.height());
        assertNotEquals(stretched.width() / 8, stretched.height() / 2, 1.0);
    }

    // item 8

    @Test
    void atStepZeroEveryChartShowsTheStepZeroValueAndTheWholeRunFaintly(FxRobot robot) {
        robot.clickOn("#playback-reset");
        WaitForAsyncUtils.waitForFxEvents();
        RunViewModel run = firstRun();
        Trajectory t = run.trajectoryProperty().get();
        for (ChartKind kind : ChartKind.values()) {
            assertEquals(1, window.liveCharts().pointCount(kind, run), kind.title());
            assertEquals(t.size(), window.liveCharts().aheadPointCount(kind, run), kind.title());
        }
        assertEquals(t.step(0).loss(), window.liveCharts().playedValue(ChartKind.LOSS, run, 0), 0.0);
        assertEquals(t.step(0).lr(), window.liveCharts().playedValue(ChartKind.LEARNING_RATE, run, 0), 0.0);
        robot.clickOn("#playback-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.liveCharts().pointCount(ChartKind.LOSS, run));
        assertEquals(t.size(), window.liveCharts().aheadPointCount(ChartKind.LOSS, run), "ahead stays whole");
    }

    // item 9

    @Test
    void runsAreNamedByWhatTheyAreInTheListTheMapLegendAndEveryChartLegend(FxRobot robot) throws Exception {
        String first = "gd · exp-norm · lr 0.1";
        assertEquals(first, firstRun().displayName());
        robot.clickOn("#run-add");
        WaitForAsyncUtils.waitForFxEvents();
        RunViewModel added = vm.runs().selectedProperty().get();
        robot.interact(() -> robot.lookup("#run-optimizer").queryAs(ComboBox.class).getSelectionModel()
                .select("adam"));
        robot.interact(() -> robot.lookup("#run-schedule").queryAs(ComboBox.class).getSelectionModel()
                .select("constant"));
        // the editor may lie below the scrolled part of the right column: type into the field and press Enter
        robot.interact(() -> {
            javafx.scene.control.TextField lr = robot.lookup("#run-lr").queryAs(javafx.scene.control.TextField.class);
            lr.setText("0.05");
            lr.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> "adam · lr 0.05".equals(added.displayName()) && settled());
        List<String> listed = robot.lookup("#run-list .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(s -> s != null).toList();
        assertTrue(listed.stream().anyMatch(s -> s.startsWith("adam · lr 0.05")), listed.toString());
        assertTrue(listed.stream().anyMatch(s -> s.startsWith(first)), listed.toString());
        assertTrue(window.landscapeView().legendEntries().containsAll(List.of(first, "adam · lr 0.05",
                "λ contour")), window.landscapeView().legendEntries().toString());
        for (ChartKind kind : ChartKind.values()) {
            List<String> legend = window.liveCharts().legendLabels(kind);
            assertTrue(legend.containsAll(List.of(first, "adam · lr 0.05")), kind + ": " + legend);
            assertFalse(window.liveCharts().chart(kind).getTitle().getText().contains("_{"));
        }
        assertTrue(window.liveCharts().legendLabels(ChartKind.LYAPUNOV)
                .containsAll(List.of("dV/dt", "ΔL", "ΔL > 0 (violation)")));
    }

    @Test
    void violationsAreMarkedInAColourNoRunUses(FxRobot robot) {
        XYPlot plot = window.liveCharts().chart(ChartKind.LYAPUNOV).getXYPlot();
        java.awt.Paint mark = plot.getRenderer(2).getSeriesPaint(0);
        for (RunViewModel run : vm.runs().runs()) {
            assertNotEquals(new java.awt.Color(run.argb(), true), mark);
        }
        for (int argb : new int[] {0xFFFF2D2D, 0xFF00E5FF, 0xFFFF4FD8, 0xFFFF9F1C, 0xFFB8FF3B, 0xFF9B5DE5,
            0xFF2D7DFF, 0xFFFFD400}) {
            assertNotEquals(new java.awt.Color(argb, true), mark, "the palette of RunsViewModel");
        }
    }

    @Test
    void chartTooltipsAndTheHoverReadOutWriteNumbersAsPeopleDo(FxRobot robot) throws Exception {
        waitUntil(this::settled); // the run is computed, so its chart series exist
        robot.interact(() -> vm.playback().seek(5));
        XYPlot plot = window.liveCharts().chart(ChartKind.LOSS).getXYPlot();
        XYToolTipGenerator tips = plot.getRenderer(0).getSeriesToolTipGenerator(0) != null
                ? plot.getRenderer(0).getSeriesToolTipGenerator(0) : plot.getRenderer(0).getDefaultToolTipGenerator();
        String[] generated = new String[1];
        // the series belong to the FX thread: read them there
        robot.interact(() -> generated[0] = tips.generateToolTip(plot.getDataset(0), 0, 3));
        String tip = generated[0];
        double loss = firstRun().trajectoryProperty().get().step(3).loss();
        assertEquals("gd · exp-norm · lr 0.1: step 3, " + ReadableNumberFormat.text(loss), tip);
        assertFalse(tip.contains("E"), tip);
        PlotArea area = window.landscapeView().plotArea();
        robot.moveTo(window.landscapeView().baseCanvas().localToScreen(area.toScreenX(1), area.toScreenY(1)));
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#hover-readout").queryAs(Label.class).getText();
        assertTrue(text.matches("x = [-0-9.e]+, y = [-0-9.e]+, L = [-0-9.e]+, ∇L = \\(.*"), text);
        assertFalse(text.matches(".*\\d\\.\\d{6,}.*"), "at most five significant digits: " + text);
    }

    // item 10: L = 0.95·bump at (−0.5, −0.5) + a spike at (s, s), s = 1/255, a node of the 2N grid only

    private static final double SPIKE = 1.0 / 255;

    private void loadSpikeLandscape(FxRobot robot, double startX, double startY) throws Exception {
        robot.interact(() -> {
            vm.function().domainProperty().set(new Domain(-1, 1, -1, 1));
            vm.landscape().modeProperty().set(SetMode.SUPERLEVEL);
        });
        String spike = "0.95*exp(-50*((x+0.5)^2+(y+0.5)^2)) + exp(-100000*((x-" + SPIKE + ")^2+(y-" + SPIKE
                + ")^2))";
        robot.clickOn("#expression-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(spike).type(KeyCode.ENTER);
        waitUntil(() -> vm.landscape().dataProperty().get() != null
                && vm.landscape().dataProperty().get().function().toString() != null
                && spike.equals(vm.function().expressionProperty().get())
                && vm.function().functionProperty().get() != null
                && vm.landscape().dataProperty().get().function() == vm.function().functionProperty().get());
        robot.interact(() -> {
            vm.function().domainProperty().set(new Domain(-1, 1, -1, 1));
            vm.landscape().modeProperty().set(SetMode.SUPERLEVEL);
            vm.runs().runs().forEach(r -> r.setStart(startX, startY));
            vm.playback().seek(0);
        });
        waitUntil(() -> settled() && vm.landscape().fineDiagramProperty().get() != null
                && vm.landscape().dataProperty().get().field().spec().domain().equals(new Domain(-1, 1, -1, 1))
                && firstRun().start() != null
                && firstRun().trajectoryProperty().get().step(0).x() == firstRun().start()[0]
                && Math.abs(firstRun().start()[0] - startX) < 1e-6);
    }

    @Test
    void theComponentsChartCountsTheIteratesOwnComponentWhenTheGridMissesIt(FxRobot robot) throws Exception {
        double x0 = SPIKE + 0.0003;
        loadSpikeLandscape(robot, x0, x0);
        Trajectory t = firstRun().trajectoryProperty().get();
        double level = t.step(0).loss();
        assertTrue(level > 0.96, "the start sits high on the spike: " + level);
        assertEquals(0, vm.landscape().dataProperty().get().diagram().componentCount(level),
                "no node of the 128 grid reaches the start's level");
        assertEquals(1.0, window.liveCharts().playedValue(ChartKind.COMPONENTS, firstRun(), 0), 0.0);
        robot.interact(() -> vm.playback().seek(vm.playback().lastStepProperty().get()));
        for (int k = 0; k < t.size(); k++) {
            assertTrue(window.liveCharts().playedValue(ChartKind.COMPONENTS, firstRun(), k) >= 1, "step " + k);
        }
    }

    @Test
    void countsThatDifferOnTheGridAt2NAreMarked(FxRobot robot) throws Exception {
        // from the bump's slope: at N the spike is missed (1 component), at 2N its node is in the set (2)
        loadSpikeLandscape(robot, -0.45, -0.45);
        assertEquals(1.0, window.liveCharts().playedValue(ChartKind.COMPONENTS, firstRun(), 0), 0.0);
        assertEquals(2, vm.landscape().fineDiagramProperty().get()
                .componentCount(firstRun().trajectoryProperty().get().step(0).loss()));
        assertTrue(window.liveCharts().stepsDifferingAt2N(firstRun()).contains(0),
                window.liveCharts().stepsDifferingAt2N(firstRun()).toString());
    }

    // item 11

    @Test
    @SuppressWarnings("unchecked")
    void logColourModeGivesTheColourBarLogTicks(FxRobot robot) throws Exception {
        List<String> linear = window.landscapeView().colourBarLabels();
        ChoiceBox<?> scale = robot.lookup(".choice-box").queryAll().stream().map(n -> (ChoiceBox<?>) n)
                .filter(c -> c.getItems().contains(ColorScale.LOG)).findFirst().orElseThrow();
        // the choice box's item, chosen on the control itself: other nodes read "log" too (the L(t) axis toggle)
        robot.interact(() -> ((ChoiceBox<ColorScale>) scale).setValue(ColorScale.LOG));
        waitUntil(() -> vm.landscape().dataProperty().get().scale() == ColorScale.LOG
                && !vm.landscape().busyProperty().get());
        double min = vm.landscape().dataProperty().get().field().min();
        double max = vm.landscape().dataProperty().get().field().max();
        // the bar spans six decades of L − min: ticks at min + 10^k, written with two digits
        List<String> expected = new ArrayList<>();
        for (int k = (int) Math.ceil(Math.log10((max - min) * 1e-6)); k <= Math.floor(Math.log10(max - min)); k++) {
            expected.add(dev.superlevel.render.Ticks.format(min + Math.pow(10, k), 2));
        }
        assertEquals(expected, window.landscapeView().colourBarLabels());
        assertNotEquals(linear, expected);
    }

    // item 13

    @Test
    void aMechanicRunShowsTheTunersStateAtTheCurrentStep(FxRobot robot) throws Exception {
        assertFalse(robot.lookup("#tuner-panel").query().isVisible(), "hidden for gd");
        robot.interact(() -> robot.lookup("#run-optimizer").queryAs(ComboBox.class).getSelectionModel()
                .select("mechanic"));
        waitUntil(() -> settled() && firstRun().trajectoryProperty().get().tunerState(0) != null);
        robot.clickOn("#playback-reset");
        robot.clickOn("#playback-step").clickOn("#playback-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tuner-panel").query().isVisible());
        TunerState state = firstRun().trajectoryProperty().get().tunerState(2);
        assertEquals("step 2 · S = " + ReadableNumberFormat.text(state.scale()),
                robot.lookup("#tuner-scale").queryAs(Label.class).getText());
        for (int j = 0; j < 6; j++) {
            assertEquals(ReadableNumberFormat.text(state.betas()[j]), text(robot, "#tuner-beta-" + j));
            assertEquals(ReadableNumberFormat.text(state.s()[j]), text(robot, "#tuner-s-" + j));
            assertEquals(ReadableNumberFormat.text(state.m()[j]), text(robot, "#tuner-m-" + j));
            assertEquals(ReadableNumberFormat.text(state.v()[j]), text(robot, "#tuner-v-" + j));
            assertEquals(ReadableNumberFormat.text(state.r()[j]), text(robot, "#tuner-r-" + j));
        }
        assertEquals("0.9", text(robot, "#tuner-beta-0"));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    // item 16

    @Test
    void draggingAStartMarkerRecomputesThePathWhileDragging(FxRobot robot) throws Exception {
        RunViewModel run = firstRun();
        Domain view = vm.landscape().viewDomainProperty().get();
        PlotArea area = window.landscapeView().plotArea();
        double[] start = run.start();
        Point2D marker = window.landscapeView().baseCanvas().localToScreen(area.toScreenX(start[0]),
                area.toScreenY(start[1]));
        robot.drag(marker, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 20);
        // still pressed: the start has moved and the path already starts there
        waitUntil(() -> run.start()[0] > start[0] + 50 * area.domain().width() / area.width()
                && run.trajectoryProperty().get().step(0).x() == run.start()[0]);
        double[] during = run.start();
        robot.moveBy(0, 30);
        waitUntil(() -> run.start()[1] < during[1]
                && run.trajectoryProperty().get().step(0).y() == run.start()[1]);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view, vm.landscape().viewDomainProperty().get(), "dragging a marker does not pan");
        assertEquals(area.toDomainX(area.toScreenX(start[0]) + 60), run.start()[0],
                2 * area.domain().width() / area.width());
    }

    // item 17

    @Test
    void aTypedLyapunovFunctionDrivesDvDtAndHatchesWhereTheConditionFails(FxRobot robot) throws Exception {
        robot.clickOn(revealed(robot, "#lyapunov-field")).write("x^2 - y^2").type(KeyCode.ENTER);
        waitUntil(() -> window.landscapeView().hatchProperty().get() != null && settled()
                && firstRun().trajectoryProperty().get() != null
                && vm.runs().lyapunovProperty().get() != null);
        waitUntil(() -> {
            Trajectory t = firstRun().trajectoryProperty().get();
            TrajectoryStep s0 = t.step(0);
            TrajectoryStep s1 = t.step(1);
            // ∇V = (2x, −2y) by hand; dV/dt = ∇V(θ0)·(θ1 − θ0)
            double expected = 2 * s0.x() * (s1.x() - s0.x()) - 2 * s0.y() * (s1.y() - s0.y());
            return Math.abs(s0.dVdt() - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
        });
        var hatch = window.landscapeView().hatchProperty().get();
        assertTrue(hatch.count() > 0 && hatch.count() < hatch.marked().length, "fails somewhere, not everywhere");
        assertTrue(window.landscapeView().legendEntries().contains("∇V·∇L ≥ 0 fails (hatched)"),
                window.landscapeView().legendEntries().toString());
        String status = robot.lookup("#lyapunov-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("∇V·∇L ≥ 0 fails on "), status);
        robot.clickOn(revealed(robot, "#lyapunov-field")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("x^2 +").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#lyapunov-problem").query().isVisible());
        assertNotNull(vm.runs().lyapunovProperty().get(), "an invalid V keeps the last valid one");
    }

    @Test
    void aRunAddedAfterVIsTypedUsesVToo(FxRobot robot) throws Exception {
        robot.clickOn(revealed(robot, "#lyapunov-field")).write("x^2").type(KeyCode.ENTER);
        robot.clickOn(revealed(robot, "#run-add"));
        waitUntil(() -> vm.runs().runs().size() == 2 && settled());
        Trajectory t = vm.runs().runs().get(1).trajectoryProperty().get();
        double expected = 2 * t.step(0).x() * (t.step(1).x() - t.step(0).x());
        assertEquals(expected, t.step(0).dVdt(), 1e-12 * Math.max(1, Math.abs(expected)));
    }

    /** The node, scrolled into view in the window's right column (the panels there are taller than the test stage). */
    private static javafx.scene.Node revealed(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, y / (contentHeight - viewport))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
