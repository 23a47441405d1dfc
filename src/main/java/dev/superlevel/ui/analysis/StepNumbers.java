package dev.superlevel.ui.analysis;

import dev.superlevel.core.optim.StepInternals;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;

import java.util.List;
import java.util.Locale;

/**
 * The numbers of one step of a run for the optimizer-internals read-out (issue 14): ‖g‖, α_t, S_t, ΔL, the
 * first- and second-order Taylor predictions, and the vectors the arrows show (−g, buffer, scaled direction,
 * reference direction, Δθ). Every value is read from the trajectory's record, never recomputed. NaN (no
 * such quantity, e.g. S_t without a tuner or anything after the last row) is shown as "—".
 */
public final class StepNumbers {

    /** One line of the read-out: what, and its value as text. */
    public record Entry(String name, String value) {
    }

    private StepNumbers() {
    }

    /**
     * The read-out of row {@code t} of {@code run}.
     *
     * @throws IndexOutOfBoundsException if t is not a row of the run
     */
    public static List<Entry> of(Trajectory run, int t) {
        TrajectoryStep s = run.step(t);
        StepInternals in = run.internals(t);
        return List.of(
                new Entry("step t", Integer.toString(s.step())),
                new Entry("\u2016g\u2016", number(s.gradNorm())),
                new Entry("\u03b1_t", number(s.lr())),
                new Entry("S_t", number(s.tunerS())),
                new Entry("\u0394L", number(s.deltaL())),
                new Entry("Taylor 1st", number(s.taylor1())),
                new Entry("Taylor 2nd", number(s.taylor2())),
                new Entry("\u2212g", vector(-in.gx(), -in.gy())),
                new Entry("buffer / m", vector(in.bufferX(), in.bufferY())),
                new Entry("scaled direction", vector(in.directionX(), in.directionY())),
                new Entry("reference \u0394", vector(in.referenceX(), in.referenceY())),
                new Entry("\u0394\u03b8", vector(in.updateX(), in.updateY())));
    }

    /** Six significant digits, "—" for NaN. */
    static String number(double v) {
        return Double.isNaN(v) ? "\u2014" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String vector(double x, double y) {
        return Double.isNaN(x) && Double.isNaN(y) ? "\u2014" : "(" + number(x) + ", " + number(y) + ")";
    }
}
