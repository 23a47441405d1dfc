package dev.superlevel.render;

/**
 * A line in domain coordinates, e.g. one λ contour traced by marching squares; {@code closed} joins the
 * last point back to the first. Non-finite points break the line. The arrays are not copied; callers
 * must not modify them after handing them over.
 */
public record Polyline(double[] xs, double[] ys, boolean closed) {

    public Polyline {
        if (xs == null || ys == null || xs.length != ys.length) {
            throw new IllegalArgumentException("polyline needs as many x as y coordinates, got "
                    + (xs == null ? "none" : xs.length) + " and " + (ys == null ? "none" : ys.length));
        }
    }
}
