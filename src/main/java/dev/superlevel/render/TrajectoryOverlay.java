package dev.superlevel.render;

/**
 * An optimizer path drawn over the landscape: the polyline through points 0..currentStep (domain
 * coordinates), a hollow marker at the start and a filled one at the current step.
 *
 * @param argb line colour (opaque ARGB)
 * @param currentStep index of the last point drawn, clamped to the available points
 * @param label legend text; blank for none
 * @param recorded a training path recorded by another tool (issue 10), drawn whole in its own style
 *     (dashed, a marker at every point) rather than as an optimizer run
 */
public record TrajectoryOverlay(double[] xs, double[] ys, int argb, int currentStep, String label,
        boolean recorded) {

    /** The colour of recorded paths: white, dashed over a dark halo, never a run colour. */
    public static final int RECORDED_ARGB = 0xFFFFFFFF;

    public TrajectoryOverlay {
        if (xs == null || ys == null || xs.length != ys.length) {
            throw new IllegalArgumentException("trajectory needs as many x as y coordinates");
        }
        if (currentStep < 0) {
            throw new IllegalArgumentException("trajectory current step must be >= 0, got " + currentStep);
        }
        label = label == null ? "" : label;
    }

    /** An optimizer run. */
    public TrajectoryOverlay(double[] xs, double[] ys, int argb, int currentStep, String label) {
        this(xs, ys, argb, currentStep, label, false);
    }

    /** A recorded training path, drawn whole. */
    public static TrajectoryOverlay recorded(double[] xs, double[] ys, String label) {
        return new TrajectoryOverlay(xs, ys, RECORDED_ARGB, Math.max(0, xs.length - 1), label, true);
    }

    /** The same overlay drawn up to {@code step}; a recorded path stays whole. */
    public TrajectoryOverlay atStep(int step) {
        return recorded ? this : new TrajectoryOverlay(xs, ys, argb, step, label, false);
    }

    /** The same overlay with another legend text. */
    public TrajectoryOverlay withLabel(String newLabel) {
        return new TrajectoryOverlay(xs, ys, argb, currentStep, newLabel, recorded);
    }

    /** Index of the last point drawn: {@code min(currentStep, points − 1)}, −1 for an empty path. */
    public int lastDrawn() {
        return Math.min(currentStep, xs.length - 1);
    }
}
