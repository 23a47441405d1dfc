package dev.superlevel.render;

/**
 * An optimizer path drawn over the landscape: the polyline through points 0..currentStep (domain
 * coordinates), a hollow marker at the start and a filled one at the current step.
 *
 * @param argb line colour (opaque ARGB)
 * @param currentStep index of the last point drawn, clamped to the available points
 * @param label legend text; blank for none
 */
public record TrajectoryOverlay(double[] xs, double[] ys, int argb, int currentStep, String label) {

    public TrajectoryOverlay {
        if (xs == null || ys == null || xs.length != ys.length) {
            throw new IllegalArgumentException("trajectory needs as many x as y coordinates");
        }
        if (currentStep < 0) {
            throw new IllegalArgumentException("trajectory current step must be >= 0, got " + currentStep);
        }
        label = label == null ? "" : label;
    }

    /** Index of the last point drawn: {@code min(currentStep, points − 1)}, −1 for an empty path. */
    public int lastDrawn() {
        return Math.min(currentStep, xs.length - 1);
    }
}
