package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.function.SampleFunction;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Switching the function in the real window (QA of issue 11): opening a surface moves the runs outside
 * it and keeps those inside, an edit of the expression that leaves the same function keeps the sample's
 * settings, and a sample after a surface gets the grid chosen before the surface, not the file's.
 */
@ExtendWith(ApplicationExtension.class)
class FunctionSwitchWindowTest {

    /** The extent of sample-functions/mlp-moons.h5 (its xcoordinates and ycoordinates): −1…1 on both axes. */
    private static final double[] SURFACE_CENTRE = {0, 0};

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture.Shown shown = WindowFixture.show(stage);
        vm = shown.vm();
        window = shown.window();
        stage.getScene().getStylesheets().setAll(MainWindow.stylesheet(false));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean settled() {
        LandscapeData data = vm.landscape().dataProperty().get();
        return data != null && !vm.landscape().busyProperty().get()
                && data.function() == vm.landscape().functionProperty().get()
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null);
    }

    private void load(FxRobot robot, String sample) throws Exception {
        robot.interact(() -> vm.loadSample(sample));
        waitUntil(() -> settled() && vm.function().currentProperty().get() != null
                && vm.function().currentProperty().get().name().equals(sample));
    }

    private void openBundledSurface(FxRobot robot) throws Exception {
        robot.interact(() -> window.openDropped(Path.of("sample-functions/mlp-moons.h5")));
        waitUntil(() -> settled() && vm.landscape().dataProperty().get().function() instanceof SurfaceInterpolant);
    }

    @Test
    void addPutsEachNewRunAtTheFunctionsStartMovedOffTheOthers(FxRobot robot) throws Exception {
        load(robot, "himmelblau");
        robot.clickOn("#run-add");
        robot.clickOn("#run-add");
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<double[]> starts = vm.runs().runs().stream().map(r -> r.effectiveStart()).toList();
        assertEquals(3, starts.size());
        dev.superlevel.core.grid.Domain domain = vm.function().domainProperty().get();
        for (int i = 0; i < starts.size(); i++) {
            assertTrue(domain.contains(starts.get(i)[0], starts.get(i)[1]), "inside the domain");
            for (int j = 0; j < i; j++) {
                assertFalse(java.util.Arrays.equals(starts.get(i), starts.get(j)),
                        "runs " + j + " and " + i + " start at the same point: one hides the other");
            }
        }
    }

    @Test
    void openingASurfaceMovesTheRunsOutsideItToItsCentreSpreadAndKeepsTheOnesInside(FxRobot robot)
            throws Exception {
        robot.interact(() -> vm.landscape().resolutionProperty().set(128));
        load(robot, "gaussian-bumps");  // the first sample of a fresh start: its run starts at (1.3, 0.9)
        RunViewModel first = vm.runs().runs().get(0);
        assertArrayEquals(new double[] {1.3, 0.9}, first.effectiveStart());
        RunViewModel[] more = new RunViewModel[2];
        robot.interact(() -> {
            more[0] = vm.runs().add(0.5, -0.25);  // inside the surface's extent −1…1
            more[1] = vm.runs().add(-2, 3);       // outside, like the first
        });
        openBundledSurface(robot);

        assertArrayEquals(SURFACE_CENTRE, first.effectiveStart());
        assertArrayEquals(new double[] {0.5, -0.25}, more[0].effectiveStart());
        // the second run outside moves along the diagonal by 6 % of the extent's side (2): 0.12
        assertArrayEquals(new double[] {0.12, 0.12}, more[1].effectiveStart());
        for (RunViewModel r : vm.runs().runs()) {
            Trajectory t = r.trajectoryProperty().get();
            assertNotEquals(RunStatus.LEFT_SURFACE, t.status(), r.displayName() + ": " + t.statusMessage());
            assertTrue(t.size() > 1, r.displayName() + " has steps");
        }
        assertTrue(vm.playback().lastStepProperty().get() > 0, "the timeline has steps");
    }

    @Test
    void typingASpaceAfterAnExpressionKeepsTheSampleItsSetColoursAndLevel(FxRobot robot) throws Exception {
        robot.interact(() -> vm.landscape().resolutionProperty().set(128));
        load(robot, "himmelblau");  // sub-level set, log colours, λ = 10 (its file)
        CompiledExpression f = vm.function().functionProperty().get();
        SampleFunction sample = vm.function().currentProperty().get();
        LandscapeData data = vm.landscape().dataProperty().get();
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        assertEquals(ColorScale.LOG, vm.landscape().scaleProperty().get());
        assertEquals(10.0, vm.levelSet().lambdaProperty().get());

        robot.clickOn("#expression-field");
        robot.type(KeyCode.END);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);  // checks at once, as the debounced check does 300 ms later
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("(x^2 + y - 11)^2 + (x + y^2 - 7)^2 ", vm.function().expressionProperty().get());

        assertSame(sample, vm.function().currentProperty().get(), "the sample stays selected");
        assertNull(vm.function().typedFunctionProperty().get());
        assertSame(f, vm.function().functionProperty().get(), "the same function: nothing re-samples");
        assertSame(data, vm.landscape().dataProperty().get());
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        assertEquals(ColorScale.LOG, vm.landscape().scaleProperty().get());
        assertEquals(10.0, vm.levelSet().lambdaProperty().get());
        assertEquals("himmelblau", vm.session(false).function().name());
    }

    @Test
    void aSampleAfterASurfaceGetsTheGridChosenBeforeTheSurface(FxRobot robot) throws Exception {
        robot.interact(() -> vm.landscape().resolutionProperty().set(256));
        load(robot, "gaussian-bumps");
        openBundledSurface(robot);
        assertEquals(101, vm.landscape().dataProperty().get().field().nx(), "the surface's own grid");

        load(robot, "himmelblau");
        assertEquals(256, vm.landscape().resolutionProperty().get());
        assertEquals(256, vm.landscape().dataProperty().get().field().nx());
        assertEquals(256, robot.lookup("#resolution-choice").queryAs(ChoiceBox.class).getValue());
        // and the next sample too
        load(robot, "rosenbrock");
        assertEquals(256, vm.landscape().dataProperty().get().field().nx());
    }

    @Test
    void aSampleAfterASurfaceOnAFreshStartGetsTheDefaultGrid(FxRobot robot) throws Exception {
        openBundledSurface(robot);
        assertEquals(101, vm.landscape().dataProperty().get().field().nx());
        load(robot, "himmelblau");
        assertEquals(512, vm.landscape().dataProperty().get().field().nx(), "the default grid");
    }

    @Test
    void theComponentsPlotAfterADataSetAndThenASampleIsTheNewFunctionsCurveWithItsLambda(FxRobot robot)
            throws Exception {
        robot.interact(() -> vm.landscape().resolutionProperty().set(128));
        robot.interact(() -> vm.loadSample("noisy-labels-logistic"));
        waitUntil(() -> settled() && vm.function().datasetProperty().get() != null
                && !(vm.landscape().functionProperty().get() instanceof CompiledExpression));
        load(robot, "himmelblau");
        LandscapeData data = vm.landscape().dataProperty().get();
        assertEquals(data.field().min(), vm.levelSet().minLevelProperty().get());
        assertEquals(data.field().max(), vm.levelSet().maxLevelProperty().get());
        assertEquals(10.0, vm.levelSet().lambdaProperty().get());
        int[] shown = bettiPixels(robot);
        // a fresh drawing of the same state: λ away and back (what ] then [ did in the QA pass)
        robot.interact(() -> {
            vm.levelSet().lambdaProperty().set(11);
            vm.levelSet().lambdaProperty().set(10);
        });
        assertArrayEquals(bettiPixels(robot), shown, "the plot shows the current function's curve and λ");
    }

    @Test
    void theComponentsPlotFollowsTheLevelRangeOfANewLandscapeThatKeepsLambda(FxRobot robot) throws Exception {
        robot.interact(() -> vm.landscape().resolutionProperty().set(128));
        load(robot, "himmelblau");
        LandscapeData before = vm.landscape().dataProperty().get();
        // zooming in keeps λ = 10 (inside the new range) but narrows the range the plot's axis spans
        robot.interact(() -> vm.landscape().zoom(0.5, 3, 2));
        waitUntil(() -> settled() && vm.landscape().dataProperty().get() != before);
        LandscapeData data = vm.landscape().dataProperty().get();
        assertNotEquals(before.field().max(), data.field().max());
        assertEquals(data.field().max(), vm.levelSet().maxLevelProperty().get());
        assertEquals(10.0, vm.levelSet().lambdaProperty().get());
        int[] shown = bettiPixels(robot);
        robot.interact(() -> {
            vm.levelSet().lambdaProperty().set(11);
            vm.levelSet().lambdaProperty().set(10);
        });
        assertArrayEquals(bettiPixels(robot), shown, "the plot spans the new landscape's levels");
    }

    private static int[] bettiPixels(FxRobot robot) {
        javafx.scene.canvas.Canvas plot = robot.lookup("#betti-plot").queryAs(javafx.scene.canvas.Canvas.class);
        int[][] out = new int[1][];
        robot.interact(() -> {
            javafx.scene.image.WritableImage img = plot.snapshot(null, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            out[0] = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out[0],
                    0, w);
        });
        return out[0];
    }
}
