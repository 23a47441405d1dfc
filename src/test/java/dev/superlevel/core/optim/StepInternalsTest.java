package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import org.junit.jupiter.api.Test;

import java.util.Map;

class StepInternalsTest {

    private static final LossFunction BOWL = ExpressionCompiler.compile("x^2 + y^2", Map.of());

    private static Trajectory run(OptimizerKind kind, double lr, double x, double y, int steps) {
        return TrajectoryRunner.run(BOWL, RunConfig.defaults(kind).withLearningRate(lr).withStart(x, y)
                .withSteps(steps), Cancellation.NONE);
    }

    /*
     * Momentum (μ 0.9) on x² + y² from (1, 1), lr 0.1: update 0 has g = (2, 2), buf = g, θ₁ = 0.8;
     * update 1 has g = 1.6, buf = 2·0.9 + 1.6 = 3.4, direction −buf.
     */
    @Test
    void momentumBufferAndDirectionByHand() {
        Trajectory t = run(OptimizerKind.MOMENTUM, 0.1, 1, 1, 3);
        StepInternals s0 = t.internals(0);
        assertEquals(new StepInternals(2, 2, 2, 2, -2, -2, Double.NaN, Double.NaN, 0.8 - 1.0, 0.8 - 1.0), s0);
        StepInternals s1 = t.internals(1);
        double buf = 2 * 0.9 + (1 - 0.0) * 1.6;
        assertEquals(1.6, s1.gx());
        assertEquals(buf, s1.bufferX());
        assertEquals(-buf, s1.directionY());
        assertEquals(t.step(2).x() - t.step(1).x(), s1.updateX());
    }

    @Test
    void gdHasNoBufferAndGoesAgainstTheGradient() {
        Trajectory t = run(OptimizerKind.GD, 0.25, 1, -2, 2);
        StepInternals s = t.internals(0);
        assertTrue(Double.isNaN(s.bufferX()) && Double.isNaN(s.bufferY()));
        assertEquals(-2, s.directionX());
        assertEquals(4, s.directionY());
        assertEquals(0.5 - 1, s.updateX());
        assertEquals(-1 - (-2), s.updateY());
    }

    /** Adam's first update moves every coordinate by lr against the gradient's sign (up to ε). */
    @Test
    void adamFirstScaledDirectionIsTheSignOfMinusTheGradient() {
        Trajectory t = run(OptimizerKind.ADAM, 0.01, 1, -2, 2);
        StepInternals s = t.internals(0);
        assertEquals(-1, s.directionX(), 1e-8);
        assertEquals(1, s.directionY(), 1e-8);
        assertEquals((1 - 0.9) * 2, s.bufferX(), 1e-17);
        assertEquals((1 - 0.9) * -4, s.bufferY(), 1e-17);
        assertEquals(0.01 * s.directionX(), s.updateX(), 1e-17);
    }

    /** Mechanic moves from its reference point along Δ scaled by S: θ_{t+1} = θ₀ + S_{t+1}·Δ_t. */
    @Test
    void mechanicReferenceDirectionRebuildsTheIterate() {
        Trajectory t = TrajectoryRunner.run(BOWL, RunConfig.defaults(OptimizerKind.MECHANIC).withStart(1, -2)
                .withSteps(40), Cancellation.NONE);
        for (int k = 0; k + 1 < t.size(); k++) {
            StepInternals s = t.internals(k);
            double scale = Math.max(t.step(k + 1).tunerS(), 0);
            assertEquals(t.step(k + 1).x(), 1 + s.referenceX() * scale, 1e-12, "step " + k);
            assertEquals(t.step(k + 1).y(), -2 + s.referenceY() * scale, 1e-12, "step " + k);
            assertEquals(-t.step(k).gx(), s.directionX(), "the base (sgd) direction at step " + k);
        }
    }

    @Test
    void theLastRowHasNoInternals() {
        Trajectory t = run(OptimizerKind.ADAM, 0.01, 1, 1, 2);
        StepInternals last = t.internals(2);
        assertTrue(Double.isNaN(last.gx()) && Double.isNaN(last.bufferX()) && Double.isNaN(last.directionX())
                && Double.isNaN(last.updateX()));
    }
}
