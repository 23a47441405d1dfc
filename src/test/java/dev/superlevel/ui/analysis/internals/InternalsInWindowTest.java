package dev.superlevel.ui.analysis.internals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * In the real window: Analysis ▸ Show optimizer internals draws the selected Adam run's arrows; → steps and
 * the arrows and the map legend follow; I hides them again.
 */
@ExtendWith(ApplicationExtension.class)
class InternalsInWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture.Shown shown = WindowFixture.show(stage);
        vm = shown.vm();
        window = shown.window();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("himmelblau");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Trajectory selectedRun() {
        var run = vm.runs().selectedProperty().get();
        return run == null ? null : run.trajectoryProperty().get();
    }

    private CheckMenuItem toggle(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (CheckMenuItem) bar.getMenus().stream().filter(m -> "analysis-menu".equals(m.getId()))
                .flatMap(m -> m.getItems().stream()).filter(i -> "show-internals".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private List<String> legendOf(List<Arrow> arrows) {
        return arrows.stream().map(InternalsLayer::legendEntry).toList();
    }

    /** The pointer over an arrow shows a read-out of its kind, step and vector. */
    private void hoverNearTheTipOfTheLongest(FxRobot robot, List<Arrow> arrows, ArrowScale scale) {
        Arrow longest = arrows.stream().max(java.util.Comparator.comparingDouble(Arrow::length)).orElseThrow();
        var area = window.landscapeView().plotArea();
        double[] tip = scale.tip(longest);
        double sx = area.toScreenX(longest.x()) + 0.9 * (area.toScreenX(tip[0]) - area.toScreenX(longest.x()));
        double sy = area.toScreenY(longest.y()) + 0.9 * (area.toScreenY(tip[1]) - area.toScreenY(longest.y()));
        InternalsLayer layer = (InternalsLayer) toggle(robot).getUserData();
        Arrow under = layer.arrowAt(sx, sy, area);
        assertNotNull(under);
        robot.moveTo(window.landscapeView().baseCanvas().localToScreen(sx, sy));
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip readOut = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Tooltip)
                .map(Tooltip.class::cast).filter(t -> t.isShowing()
                        && t.getStyleClass().contains(InternalsTool.READOUT_STYLE)).findFirst().orElseThrow();
        assertEquals(layer.describe(under), readOut.getText());
        assertTrue(readOut.getText().startsWith(under.kind().symbol() + " ("), readOut.getText());
    }

    @Test
    void theArrowsFollowTheStepAndTheLegendListsThem(FxRobot robot) throws Exception {
        waitUntil(() -> selectedRun() != null && vm.playback().lastStepProperty().get() > 2);
        robot.clickOn("#run-optimizer").clickOn("adam");
        waitUntil(() -> selectedRun() != null && selectedRun().config().optimizer() == OptimizerKind.ADAM
                && selectedRun().size() > 3);
        InternalsLayer layer = (InternalsLayer) toggle(robot).getUserData();
        assertEquals(List.of(), layer.arrows());

        robot.clickOn("Analysis").clickOn(toggle(robot).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(toggle(robot).isSelected());
        int step = vm.playback().currentStepProperty().get();
        Trajectory run = selectedRun();
        List<Arrow> first = StepArrows.of(run, step);
        assertEquals(List.of(ArrowKind.GRADIENT, ArrowKind.BUFFER, ArrowKind.DIRECTION, ArrowKind.UPDATE),
                first.stream().map(Arrow::kind).toList());
        assertEquals(first, layer.arrows());
        assertTrue(window.landscapeView().legendEntries().containsAll(legendOf(first)),
                window.landscapeView().legendEntries().toString());
        ArrowScale scale = ArrowScale.fit(first, window.landscapeView().plotArea().domain());
        assertEquals(scale, layer.lastScale());
        assertTrue(window.landscapeView().legendEntries().contains(InternalsLayer.scaleEntry(scale)));

        hoverNearTheTipOfTheLongest(robot, first, scale);

        robot.clickOn(window.landscapeView().baseCanvas().localToScreen(4, 4)); // outside the plot: no new start
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(step + 1, vm.playback().currentStepProperty().get());
        List<Arrow> next = StepArrows.of(run, step + 1);
        assertEquals(next, layer.arrows());
        assertNotEquals(first, next);
        assertTrue(window.landscapeView().legendEntries().containsAll(legendOf(next)));
        assertFalse(window.landscapeView().legendEntries().contains(legendOf(first).get(0)));

        robot.type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(toggle(robot).isSelected());
        assertEquals(List.of(), layer.arrows());
        assertFalse(window.landscapeView().legendEntries().contains(legendOf(next).get(0)));
    }
}
