package dev.superlevel.render.surface3d;

import dev.superlevel.render.ColorScale;

/**
 * Loss → height of the 3-D surface. A defined loss v first goes to t ∈ [0, 1] exactly as the colour bar
 * places it ({@link ColorScale#LINEAR} or, with log-height, {@link ColorScale#LOG} over the field's
 * [min, max]); the clip window [lo, hi] ⊂ [0, 1] is then stretched to the full height:
 * <pre>
 *   h(v) = clamp((t(v) − lo)/(hi − lo), 0, 1)        world z = (h − ½)·BOX_HEIGHT·exaggeration
 * </pre>
 * so values above the window form a flat plateau at the top (a spike no longer flattens the rest) and
 * values below a floor. Undefined values (NaN, ±∞) map to NaN. Immutable and thread-safe.
 */
public record HeightMap(double min, double max, ColorScale scale, double clipLow, double clipHigh,
        double exaggeration) {

    /** Height of the box at exaggeration 1, in world units (the larger side of the domain spans 2). */
    public static final double BOX_HEIGHT = 1.0;

    /** The height map of losses in [min, max] seen through {@code view}. */
    public static HeightMap of(double min, double max, SurfaceView view) {
        return new HeightMap(min, max, view.logHeight() ? ColorScale.LOG : ColorScale.LINEAR, view.clipLow(),
                view.clipHigh(), view.exaggeration());
    }

    /** h(v) ∈ [0, 1], NaN for an undefined value. */
    public double height(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        double t = scale.normalize(v, min, max);
        return Math.max(0, Math.min(1, (t - clipLow) / (clipHigh - clipLow)));
    }

    /** World z of a loss value: (h − ½)·{@link #BOX_HEIGHT}·exaggeration. */
    public double z(double v) {
        return (height(v) - 0.5) * halfHeight() * 2;
    }

    /** World z of the box floor (h = 0). */
    public double floorZ() {
        return -halfHeight();
    }

    /** Half the box height in world units. */
    public double halfHeight() {
        return 0.5 * BOX_HEIGHT * exaggeration;
    }

    /** True when v lies inside the clip window, i.e. it has its own height rather than the floor's or top's. */
    public boolean isShown(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        double t = scale.normalize(v, min, max);
        return v >= min && v <= max && t >= clipLow && t <= clipHigh;
    }

    /** The loss at the bottom (h = 0) and top (h = 1) of the box: the inverse of t for the clip window. */
    public double[] shownRange() {
        return new double[] {inverse(clipLow), inverse(clipHigh)};
    }

    /** The loss whose position on the colour scale is t ({@link ColorScale#valueAt}). */
    double inverse(double t) {
        return max > min ? scale.valueAt(t, min, max) : min;
    }
}
