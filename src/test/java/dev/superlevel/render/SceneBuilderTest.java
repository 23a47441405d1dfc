package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import org.junit.jupiter.api.Test;

import java.util.List;

/** A scene from a resolved loss: no session, no file, only what render is given. */
class SceneBuilderTest {

    /** Two wells at (±1, 0) of depth 0 with the saddle L(0, 0) = 1 between them. */
    private static final LossFunction DOUBLE_WELL = ExpressionCompiler.compile("(x^2 - 1)^2 + y^2");
    private static final SceneSettings SETTINGS = new SceneSettings(
            new GridSpec(new Domain(-2, 2, -1.5, 1.5), 41, 31), 0.5, SetMode.SUBLEVEL, Connectivity.FOUR,
            ColorScale.LINEAR, Colormap.VIRIDIS, "double well", 6);
    private static final List<SceneRun> RUNS = List.of(
            new SceneRun(RunConfig.defaults(OptimizerKind.GD).withLearningRate(0.05).withStart(0.5, 0.5)
                    .withSteps(10), 0xFF00B4FF, "right"),
            new SceneRun(RunConfig.defaults(OptimizerKind.GD).withLearningRate(0.05).withStart(-1.5, 1)
                    .withSteps(4), 0xFFFF8C00, "left"));

    @Test
    void theLandscapeShowsBothWellsAndEveryRunUpToTheCurrentStep() {
        LandscapeScene scene = SceneBuilder.landscape(DOUBLE_WELL, SETTINGS, RUNS, FigureStyle.DARK,
                Cancellation.NONE);
        // {L ≤ 0.5} is two discs around (±1, 0): the saddle value 1 at the origin separates them
        assertEquals(2, scene.componentCount());
        assertEquals(2, scene.contours().size());
        assertEquals(0.5, scene.lambda());
        assertEquals("double well", scene.formula());
        assertEquals(FigureStyle.DARK, scene.style());
        TrajectoryOverlay right = scene.trajectories().get(0);
        // one GD step by hand: ∇L(0.5, 0.5) = (4·0.5·(0.25 − 1), 2·0.5) = (−1.5, 1)
        assertEquals(0.5 + 0.05 * 1.5, right.xs()[1], 1e-15);
        assertEquals(0.5 - 0.05 * 1.0, right.ys()[1], 1e-15);
        assertEquals(6, right.currentStep());
        assertEquals(4, scene.trajectories().get(1).currentStep(), "a 4-step run stops at its last step");
        assertEquals(0xFFFF8C00, scene.trajectories().get(1).argb());
    }

    @Test
    void theCompositeAddsOneSeriesPerRunInItsColourAndLabel() {
        CompositeScene scene = SceneBuilder.composite(DOUBLE_WELL, SETTINGS, RUNS, FigureStyle.LIGHT,
                Cancellation.NONE);
        assertEquals(6, scene.currentStep());
        assertEquals(List.of("right", "left"), scene.runs().stream().map(RunSeries::label).toList());
        assertEquals(List.of(0xFF00B4FF, 0xFFFF8C00), scene.runs().stream().map(RunSeries::argb).toList());
        assertEquals(List.of(11, 5), scene.runs().stream().map(RunSeries::size).toList());
        assertEquals(0.8125, scene.runs().get(0).loss()[0], 1e-15, "L(0.5, 0.5) = (0.25 − 1)² + 0.25");
    }

    /**
     * A bowl L = x² + y² sampled at x, y ∈ {−1, −1/3, 1/3, 1}: every sample is ≥ 2/9, so once GD has converged
     * near the origin (L(θ_t) &lt; 2/9) the grid's {L ≤ L(θ_t)} is empty, but the set is the disc of radius
     * √L(θ_t) around the origin, one component holding θ_t: the count stays 1, as in the app's chart.
     */
    @Test
    void theComponentsPanelNeverDropsTo0OnceTheRunConvergesBetweenSamples() {
        SceneSettings coarse = new SceneSettings(new GridSpec(new Domain(-1, 1, -1, 1), 4, 4), 0.5,
                SetMode.SUBLEVEL, Connectivity.FOUR, ColorScale.LINEAR, Colormap.VIRIDIS, "bowl", 0);
        List<SceneRun> run = List.of(new SceneRun(RunConfig.defaults(OptimizerKind.GD).withLearningRate(0.1)
                .withStart(0.5, 0.5).withSteps(60), 0xFF00B4FF, "gd"));
        CompositeScene scene = SceneBuilder.composite(ExpressionCompiler.compile("x^2 + y^2"), coarse, run,
                FigureStyle.LIGHT, Cancellation.NONE);
        RunSeries gd = scene.runs().get(0);
        // GD on the bowl: θ_{t+1} = 0.8 θ_t, so L(θ_t) = 0.5 · 0.64^t falls below 2/9 from t = 2 on
        assertEquals(0.5 * Math.pow(0.64, 60), gd.loss()[60], 1e-12 * 0.5 * Math.pow(0.64, 60));
        for (int t = 0; t < gd.size(); t++) {
            assertEquals(1.0, gd.components()[t], "step " + t + ", L = " + gd.loss()[t]);
        }
    }
}
