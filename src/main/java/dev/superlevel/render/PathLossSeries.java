package dev.superlevel.render;

import java.util.Objects;

/**
 * What the path-loss chart draws for one recorded training path (issue 10): the loss read from the surface
 * at each recorded point, L(x_t, y_t), beside the loss the training itself logged there. The gap between
 * the two is the point of the chart: the logged loss is the full network's (often on mini-batches), the
 * surface is a 2-D slice, and users of loss-landscape often take them for the same curve.
 *
 * <p>Invariants: as many steps, surface losses and recorded losses; steps finite. A surface loss is NaN
 * where the path leaves the surface or meets an undefined cell; a recorded loss is NaN where the file has
 * none. Immutable by contract (arrays are not written after construction); thread-safe.
 *
 * @param name legend label, e.g. the file name
 * @param steps training step (or epoch) of each point, the chart's x axis
 * @param surfaceLoss L on the surface at each point
 * @param recordedLoss the file's own loss column at each point (all NaN: the file has none)
 */
public record PathLossSeries(String name, double[] steps, double[] surfaceLoss, double[] recordedLoss) {

    public PathLossSeries {
        Objects.requireNonNull(name, "name");
        int n = steps.length;
        if (surfaceLoss.length != n || recordedLoss.length != n) {
            throw new IllegalArgumentException("path loss series '" + name + "': " + n + " steps but "
                    + surfaceLoss.length + " surface and " + recordedLoss.length + " recorded losses");
        }
        for (double s : steps) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("path loss series '" + name + "': steps must be finite, got " + s);
            }
        }
    }

    /** Whether the file recorded a loss at any point. */
    public boolean hasRecordedLoss() {
        for (double l : recordedLoss) {
            if (!Double.isNaN(l)) {
                return true;
            }
        }
        return false;
    }
}
