package dev.superlevel.core.surface;

import dev.superlevel.core.function.LossFunction;

import java.util.Objects;

/**
 * A training path recorded by another tool (issue 10): the iterates of a real network projected onto the
 * plane of a surface, e.g. loss-landscape's {@code proj_xcoord}/{@code proj_ycoord}, or a CSV
 * {@code x,y[,step][,loss]}.
 *
 * <p>Invariants: at least one point; x and y finite; as many steps and losses as points; steps finite
 * (the point index when the file has none); a loss is NaN where the file recorded none. Immutable by
 * contract (the arrays are owned by the record and never written after construction); thread-safe.
 *
 * @param name a label for legends, e.g. the file name
 * @param xs x of each point
 * @param ys y of each point
 * @param steps the training step (or epoch) of each point
 * @param losses the loss the training recorded at each point (NaN: none recorded)
 */
public record RecordedPath(String name, double[] xs, double[] ys, double[] steps, double[] losses) {

    public RecordedPath {
        Objects.requireNonNull(name, "name");
        int n = xs.length;
        if (n == 0) {
            throw new IllegalArgumentException("a recorded path needs at least one point");
        }
        if (ys.length != n || steps.length != n || losses.length != n) {
            throw new IllegalArgumentException("a recorded path needs as many y, steps and losses as x ("
                    + n + "), got " + ys.length + ", " + steps.length + ", " + losses.length);
        }
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(xs[k]) || !Double.isFinite(ys[k]) || !Double.isFinite(steps[k])) {
                throw new IllegalArgumentException("recorded path point " + k + " is not finite: (" + xs[k] + ", "
                        + ys[k] + ") at step " + steps[k]);
            }
        }
    }

    /** A path without steps or losses: steps 0, 1, …, losses NaN. */
    public static RecordedPath ofPoints(String name, double[] xs, double[] ys) {
        double[] steps = new double[xs.length];
        double[] losses = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            steps[k] = k;
            losses[k] = Double.NaN;
        }
        return new RecordedPath(name, xs, ys, steps, losses);
    }

    public int size() {
        return xs.length;
    }

    /** Whether the file recorded a loss at any point. */
    public boolean hasRecordedLoss() {
        for (double l : losses) {
            if (!Double.isNaN(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * L(t) read from a surface along the path: {@code surface.value(x_t, y_t)}. Set beside {@link #losses()}
     * it shows the gap between the loss the training logged (on mini-batches, with the full network) and the
     * 2-D slice, which users of loss-landscape often take for the same curve.
     */
    public double[] lossOn(LossFunction surface) {
        double[] out = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            out[k] = surface.value(xs[k], ys[k]);
        }
        return out;
    }
}
