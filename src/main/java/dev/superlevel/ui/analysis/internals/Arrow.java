package dev.superlevel.ui.analysis.internals;

/**
 * One arrow of the optimizer's internals: a vector (vx, vy) drawn from the point (x, y) = θ_t. The vector is
 * in the quantity's own units (gradient units for −g, m and d; domain units for Δθ and Δ); the map draws
 * all of a step's arrows at one common scale (see {@link ArrowScale}). Immutable.
 *
 * @param kind which quantity
 * @param x    the origin's x (θ_t)
 * @param y    the origin's y
 * @param vx   the vector's x component, finite
 * @param vy   its y component, finite
 */
public record Arrow(ArrowKind kind, double x, double y, double vx, double vy) {

    /** The Euclidean length √(vx² + vy²). */
    public double length() {
        return Math.hypot(vx, vy);
    }
}
