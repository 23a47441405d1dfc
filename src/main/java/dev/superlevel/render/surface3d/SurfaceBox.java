package dev.superlevel.render.surface3d;

import dev.superlevel.core.grid.Domain;

/**
 * Domain and loss → world coordinates of the 3-D box. The domain's centre goes to the origin and its
 * longer side spans [−1, 1]; the shorter side keeps the domain's aspect ratio, limited to 1:3 as in the
 * 2-D figure; height comes from the {@link HeightMap}:
 * <pre>
 *   X = (x − (xmin + xmax)/2)·2·halfX/(xmax − xmin)     Y likewise with halfY     Z = heights.z(L)
 * </pre>
 * Immutable and thread-safe.
 *
 * @param halfX half the box's x extent, world units (1 for the longer side)
 * @param halfY half the box's y extent
 */
public record SurfaceBox(Domain domain, double halfX, double halfY, HeightMap heights) {

    private static final double MAX_ASPECT = 3;

    /** The box of {@code domain} with the given height map. */
    public static SurfaceBox of(Domain domain, HeightMap heights) {
        double aspect = domain.width() / domain.height();
        aspect = Math.max(1 / MAX_ASPECT, Math.min(MAX_ASPECT, aspect));
        return aspect >= 1 ? new SurfaceBox(domain, 1, 1 / aspect, heights)
                : new SurfaceBox(domain, aspect, 1, heights);
    }

    /** World X of domain x. */
    public double worldX(double x) {
        return (x - (domain.xmin() + domain.xmax()) / 2) * 2 * halfX / domain.width();
    }

    /** World Y of domain y. */
    public double worldY(double y) {
        return (y - (domain.ymin() + domain.ymax()) / 2) * 2 * halfY / domain.height();
    }

    /** World Z of loss v (NaN when undefined). */
    public double worldZ(double v) {
        return heights.z(v);
    }

    /** The 8 corners of the box, as {X, Y, Z}. */
    public double[][] corners() {
        double h = heights.halfHeight();
        double[][] c = new double[8][];
        int k = 0;
        for (double z : new double[] {-h, h}) {
            for (double y : new double[] {-halfY, halfY}) {
                for (double x : new double[] {-halfX, halfX}) {
                    c[k++] = new double[] {x, y, z};
                }
            }
        }
        return c;
    }
}
