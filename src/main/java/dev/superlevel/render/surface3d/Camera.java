package dev.superlevel.render.surface3d;

/**
 * An orbit camera with an <b>orthographic</b> projection onto the screen (pixels, y down).
 *
 * <p>Why orthographic: the figure is a measuring instrument, not a landscape photograph. Parallel
 * projection keeps the axes' tick spacing uniform along each axis (ticks can be read anywhere on the
 * box), keeps the λ plane a parallelogram whose edges are parallel to the box floor, makes zoom a pure
 * scale, and makes screen depth an affine function of the world point, so the z-buffer interpolates depth
 * linearly in screen space without a perspective divide. A loss surface has no "near" and "far" worth
 * exaggerating; matplotlib's and ParaView's scientific defaults are close to parallel views too.
 *
 * <p>Conventions (world: x right, y back, z up; φ = azimuth, θ = elevation):
 * <pre>
 *   eye direction  e = (cos θ cos φ, cos θ sin φ, sin θ)     (from the origin towards the viewer)
 *   screen right   r = (−sin φ, cos φ, 0)
 *   screen up      u = (−sin θ cos φ, −sin θ sin φ, cos θ)   (r × u = e)
 *   screen x = cx + s·(p·r)    screen y = cy − s·(p·u)    depth = p·e   (larger depth = nearer)
 * </pre>
 * Immutable and thread-safe.
 *
 * @param azimuth φ in radians
 * @param elevation θ in radians
 * @param scale s, pixels per world unit
 * @param cx screen x of the world origin, pixels
 * @param cy screen y of the world origin, pixels
 */
public record Camera(double azimuth, double elevation, double scale, double cx, double cy) {

    /** A camera looking from {@code azimuthDegrees}, {@code elevationDegrees} at scale 1, origin at (0, 0). */
    public static Camera ofDegrees(double azimuthDegrees, double elevationDegrees) {
        return new Camera(Math.toRadians(azimuthDegrees), Math.toRadians(elevationDegrees), 1, 0, 0);
    }

    /**
     * The camera of {@code view} that fits the given world points (e.g. the box corners) into the screen
     * rectangle (x, y, width, height), centred, magnified by the view's zoom.
     */
    public static Camera fit(SurfaceView view, double[][] points, double x, double y, double width, double height) {
        Camera unit = ofDegrees(view.azimuth(), view.elevation());
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            double sx = unit.screenX(p[0], p[1], p[2]);
            double sy = unit.screenY(p[0], p[1], p[2]);
            minX = Math.min(minX, sx);
            maxX = Math.max(maxX, sx);
            minY = Math.min(minY, sy);
            maxY = Math.max(maxY, sy);
        }
        double s = Math.min(width / Math.max(1e-9, maxX - minX), height / Math.max(1e-9, maxY - minY))
                * view.zoom();
        return new Camera(unit.azimuth, unit.elevation, s, x + width / 2 - s * (minX + maxX) / 2,
                y + height / 2 - s * (minY + maxY) / 2);
    }

    /** Screen x of world point (x, y, z), pixels. */
    public double screenX(double x, double y, double z) {
        return cx + scale * (-Math.sin(azimuth) * x + Math.cos(azimuth) * y);
    }

    /** Screen y of world point (x, y, z), pixels, growing downwards. */
    public double screenY(double x, double y, double z) {
        double se = Math.sin(elevation);
        double up = -se * Math.cos(azimuth) * x - se * Math.sin(azimuth) * y + Math.cos(elevation) * z;
        return cy - scale * up;
    }

    /** Depth of world point (x, y, z) along the eye direction, world units; larger is nearer the viewer. */
    public double depth(double x, double y, double z) {
        double ce = Math.cos(elevation);
        return ce * Math.cos(azimuth) * x + ce * Math.sin(azimuth) * y + Math.sin(elevation) * z;
    }

    /** The unit vector from the scene towards the viewer, e. */
    public double[] eye() {
        double ce = Math.cos(elevation);
        return new double[] {ce * Math.cos(azimuth), ce * Math.sin(azimuth), Math.sin(elevation)};
    }

    /** The unit vector of screen right, r. */
    public double[] right() {
        return new double[] {-Math.sin(azimuth), Math.cos(azimuth), 0};
    }

    /** The unit vector of screen up, u. */
    public double[] up() {
        double se = Math.sin(elevation);
        return new double[] {-se * Math.cos(azimuth), -se * Math.sin(azimuth), Math.cos(elevation)};
    }

    /**
     * Projects n world points given as flat arrays into screen x, y and depth (the mesh hot path: the
     * trigonometry is done once, not per point).
     */
    public void project(float[] xs, float[] ys, float[] zs, int n, float[] sx, float[] sy, float[] depth) {
        double[] r = right();
        double[] u = up();
        double[] e = eye();
        for (int k = 0; k < n; k++) {
            double x = xs[k];
            double y = ys[k];
            double z = zs[k];
            sx[k] = (float) (cx + scale * (r[0] * x + r[1] * y));
            sy[k] = (float) (cy - scale * (u[0] * x + u[1] * y + u[2] * z));
            depth[k] = (float) (e[0] * x + e[1] * y + e[2] * z);
        }
    }
}
