package dev.superlevel.ui.analysis.internals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.StepInternals;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

/** The arrows are the run's recorded internals (hand-checked on L = x² + y² from (1, 2), rate 0.1). */
class StepArrowsTest {

    private static Trajectory run(OptimizerKind kind) {
        RunConfig cfg = RunConfig.defaults(kind).withLearningRate(0.1).withSteps(4).withStart(1, 2);
        return TrajectoryRunner.run(ExpressionCompiler.compile("x^2 + y^2"), cfg, Cancellation.NONE);
    }

    private static List<ArrowKind> kinds(List<Arrow> arrows) {
        return arrows.stream().map(Arrow::kind).toList();
    }

    private static void assertVector(double vx, double vy, Arrow a) {
        assertEquals(vx, a.vx(), 1e-12, a.kind() + " x");
        assertEquals(vy, a.vy(), 1e-12, a.kind() + " y");
    }

    /** GD: g = (2, 4) at (1, 2); d = −g; Δθ = −0.1·g. No buffer, no reference. */
    @Test
    void gradientDescentHasTheNegativeGradientItsDirectionAndTheUpdate() {
        List<Arrow> arrows = StepArrows.of(run(OptimizerKind.GD), 0);
        assertEquals(List.of(ArrowKind.GRADIENT, ArrowKind.DIRECTION, ArrowKind.UPDATE), kinds(arrows));
        assertVector(-2, -4, arrows.get(0));
        assertVector(-2, -4, arrows.get(1));
        assertVector(-0.2, -0.4, arrows.get(2));
        for (Arrow a : arrows) {
            assertEquals(1, a.x());
            assertEquals(2, a.y());
        }
    }

    /**
     * Momentum μ = 0.9 at row 1: θ₁ = (0.8, 1.6), g₁ = (1.6, 3.2), buf₁ = 0.9·(2, 4) + g₁ = (3.4, 6.8),
     * d = −buf₁, Δθ = −0.1·buf₁ = (−0.34, −0.68).
     */
    @Test
    void momentumAddsTheNegatedBufferAtTheSecondStep() {
        List<Arrow> arrows = StepArrows.of(run(OptimizerKind.MOMENTUM), 1);
        assertEquals(List.of(ArrowKind.GRADIENT, ArrowKind.BUFFER, ArrowKind.DIRECTION, ArrowKind.UPDATE),
                kinds(arrows));
        assertVector(-1.6, -3.2, arrows.get(0));
        assertVector(-3.4, -6.8, arrows.get(1));
        assertVector(-3.4, -6.8, arrows.get(2));
        assertVector(-0.34, -0.68, arrows.get(3));
        assertEquals(0.8, arrows.get(0).x(), 1e-15);
        assertEquals(1.6, arrows.get(0).y(), 1e-15);
    }

    /**
     * Adam's first step: m = 0.1·g = (0.2, 0.4), v = 0.001·g²; bias-corrected m̂ = g, √v̂ = |g|, so
     * d = −g/(|g| + 1e-8) ≈ (−1, −1) per coordinate (not along −g) and Δθ = 0.1·d.
     */
    @Test
    void adamsScaledDirectionIsPerCoordinate() {
        List<Arrow> arrows = StepArrows.of(run(OptimizerKind.ADAM), 0);
        assertEquals(List.of(ArrowKind.GRADIENT, ArrowKind.BUFFER, ArrowKind.DIRECTION, ArrowKind.UPDATE),
                kinds(arrows));
        assertVector(-2, -4, arrows.get(0));
        assertVector(-0.2, -0.4, arrows.get(1));
        assertVector(-2 / (2 + 1e-8), -4 / (4 + 1e-8), arrows.get(2));
        assertVector(-0.1 * 2 / (2 + 1e-8), -0.1 * 4 / (4 + 1e-8), arrows.get(3));
    }

    @Test
    void mechanicAlsoHasTheTunersReferenceDirection() {
        Trajectory run = run(OptimizerKind.MECHANIC);
        List<Arrow> arrows = StepArrows.of(run, 1);
        assertEquals(List.of(ArrowKind.GRADIENT, ArrowKind.DIRECTION, ArrowKind.REFERENCE, ArrowKind.UPDATE),
                kinds(arrows));
        StepInternals in = run.internals(1);
        assertEquals(new Arrow(ArrowKind.REFERENCE, run.step(1).x(), run.step(1).y(), in.referenceX(),
                in.referenceY()), arrows.get(2));
    }

    /** Every arrow is exactly the recorded value (negated for −g and −m), at every row of every run. */
    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"GD", "MOMENTUM", "ADAM", "MECHANIC"})
    void arrowsEqualTheRecordedInternalsExactly(OptimizerKind kind) {
        Trajectory run = run(kind);
        for (int t = 0; t < run.size(); t++) {
            StepInternals in = run.internals(t);
            double x = run.step(t).x();
            double y = run.step(t).y();
            List<Arrow> expected = new ArrayList<>();
            addIfFinite(expected, new Arrow(ArrowKind.GRADIENT, x, y, -in.gx(), -in.gy()));
            addIfFinite(expected, new Arrow(ArrowKind.BUFFER, x, y, -in.bufferX(), -in.bufferY()));
            addIfFinite(expected, new Arrow(ArrowKind.DIRECTION, x, y, in.directionX(), in.directionY()));
            addIfFinite(expected, new Arrow(ArrowKind.REFERENCE, x, y, in.referenceX(), in.referenceY()));
            addIfFinite(expected, new Arrow(ArrowKind.UPDATE, x, y, in.updateX(), in.updateY()));
            assertEquals(expected, StepArrows.of(run, t), kind + " row " + t);
        }
    }

    private static void addIfFinite(List<Arrow> list, Arrow a) {
        if (Double.isFinite(a.vx()) && Double.isFinite(a.vy())) {
            list.add(a);
        }
    }

    @Test
    void theLastRowHasNoArrows() {
        Trajectory run = run(OptimizerKind.ADAM);
        assertEquals(List.of(), StepArrows.of(run, run.size() - 1));
        assertTrue(run.size() > 1);
    }
}
