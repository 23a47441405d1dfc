package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.surface.SampledSurface;
import dev.superlevel.core.surface.SurfaceInterpolant;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.DoubleBinaryOperator;

class SurfaceRunStatusTest {

    /** f sampled on [-2, 2]² with 9 × 9 nodes (spacing 0.5). */
    private static SurfaceInterpolant surface(DoubleBinaryOperator f) {
        double[] c = new double[9];
        for (int k = 0; k < 9; k++) {
            c[k] = -2 + 0.5 * k;
        }
        double[] v = new double[81];
        for (int j = 0; j < 9; j++) {
            for (int i = 0; i < 9; i++) {
                v[j * 9 + i] = f.applyAsDouble(c[i], c[j]);
            }
        }
        return new SurfaceInterpolant(new SampledSurface("test", c, c.clone(), v));
    }

    private static RunConfig gd(double x, double y, double lr, int steps) {
        return RunConfigParser.parse(Map.of("optimizer", "gd", "start", x + "," + y, "lr", "" + lr,
                "steps", "" + steps));
    }

    @Test
    void aRunThatLeavesTheGridStopsWithLeftTheSurfaceNotDiverged() {
        // L = -x: gradient descent moves x by +lr per step: 0, 0.3, …, 1.8 on the grid, then 2.1 off it
        Trajectory t = TrajectoryRunner.run(surface((x, y) -> -x), gd(0, 0, 0.3, 50), Cancellation.NONE);
        assertEquals(RunStatus.LEFT_SURFACE, t.status());
        assertEquals(7, t.size());
        assertEquals(true, t.statusMessage().startsWith("left the surface at step 7: ("), t.statusMessage());
        assertEquals(true, t.statusMessage().endsWith(", 0.0) is outside the grid"), t.statusMessage());
    }

    @Test
    void aRunThatReachesAnUndefinedCellStopsWithLeftTheSurface() {
        // the minimum of x² + y² was not computed (loss-landscape's -1 → NaN): the run stops next to it
        Trajectory t = TrajectoryRunner.run(surface((x, y) -> x == 0 && y == 0 ? Double.NaN : x * x + y * y),
                gd(1.5, 1.5, 0.1, 100), Cancellation.NONE);
        assertEquals(RunStatus.LEFT_SURFACE, t.status());
        assertEquals(true, t.statusMessage().endsWith("is in a cell with an undefined sample"), t.statusMessage());
        double x = t.step(t.size() - 1).x();
        assertEquals(true, x >= 0.5, "the last recorded iterate is outside the cells around (0, 0): " + x);
    }

    @Test
    void aRunThatStaysOnTheSurfaceCompletes() {
        Trajectory t = TrajectoryRunner.run(surface((x, y) -> x * x + y * y), gd(1.5, 1.5, 0.1, 100),
                Cancellation.NONE);
        assertEquals(RunStatus.COMPLETED, t.status());
        assertEquals(0, t.step(100).x(), 1e-9);
    }
}
