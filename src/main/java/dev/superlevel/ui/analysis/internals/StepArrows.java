package dev.superlevel.ui.analysis.internals;

import dev.superlevel.core.optim.StepInternals;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;

import java.util.ArrayList;
import java.util.List;

/**
 * The arrows of one step, read from what the run recorded ({@link Trajectory#internals(int)}): nothing is
 * recomputed here, the gradient and buffer are only negated (see {@link ArrowKind}). A quantity the optimizer
 * does not have, or that is not finite (NaN on the last row; infinite when a run blows up), gives no arrow. Stateless.
 */
public final class StepArrows {

    private StepArrows() {
    }

    /**
     * The arrows at row {@code row} of {@code run}, in {@link ArrowKind} order, all starting at θ_row.
     *
     * @throws IndexOutOfBoundsException if the row is not in the run
     */
    public static List<Arrow> of(Trajectory run, int row) {
        StepInternals in = run.internals(row);
        TrajectoryStep at = run.step(row);
        List<Arrow> arrows = new ArrayList<>(ArrowKind.values().length);
        add(arrows, ArrowKind.GRADIENT, at, -in.gx(), -in.gy());
        add(arrows, ArrowKind.BUFFER, at, -in.bufferX(), -in.bufferY());
        add(arrows, ArrowKind.DIRECTION, at, in.directionX(), in.directionY());
        add(arrows, ArrowKind.REFERENCE, at, in.referenceX(), in.referenceY());
        add(arrows, ArrowKind.UPDATE, at, in.updateX(), in.updateY());
        return List.copyOf(arrows);
    }

    private static void add(List<Arrow> arrows, ArrowKind kind, TrajectoryStep at, double vx, double vy) {
        if (Double.isFinite(vx) && Double.isFinite(vy)) {
            arrows.add(new Arrow(kind, at.x(), at.y(), vx, vy));
        }
    }
}
