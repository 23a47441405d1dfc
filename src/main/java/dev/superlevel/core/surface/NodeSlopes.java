package dev.superlevel.core.surface;

/**
 * Node data of the interpolant near borders and undefined samples: one-sided slopes, and the virtual
 * 4 × 4 stencil whose central differences reproduce them (see {@link SurfaceInterpolant}).
 *
 * <pre>
 *   slope(p; l, l2, r, r2) = (r − l)/2                 l, r defined
 *                          = (3p − 4l + l2)/2          r missing, l, l2 defined
 *                          = p − l                     r, l2 missing
 *                          (mirror images for l missing); NaN if neither neighbour is defined
 * </pre>
 * Missing means outside the grid or not finite. A view over the caller's arrays; not retained.
 */
final class NodeSlopes {

    private final double[] v;
    private final int nx;
    private final int ny;

    NodeSlopes(double[] v, int nx, int ny) {
        this.v = v;
        this.nx = nx;
        this.ny = ny;
    }

    /**
     * Fills p[4·b + a] (a, b = 0..3, the stencil of cell (i, j)) so that Catmull–Rom on it has the node
     * data of the four corners. The corners must be defined.
     */
    void virtualStencil(int i, int j, double[] p) {
        for (int b = 1; b <= 2; b++) {
            for (int a = 1; a <= 2; a++) {
                p[4 * b + a] = at(i - 1 + a, j - 1 + b);
            }
        }
        for (int b = 1; b <= 2; b++) {  // x ghosts from ∂_u: fx = (P[a+1] − P[a−1]) / 2
            p[4 * b] = p[4 * b + 2] - 2 * slopeX(i, j - 1 + b);
            p[4 * b + 3] = p[4 * b + 1] + 2 * slopeX(i + 1, j - 1 + b);
        }
        for (int a = 1; a <= 2; a++) {  // y ghosts from ∂_v
            p[a] = p[8 + a] - 2 * slopeY(i - 1 + a, j);
            p[12 + a] = p[4 + a] + 2 * slopeY(i - 1 + a, j + 1);
        }
        // corner ghosts from ∂_uv = (P[a+1][b+1] − P[a−1][b+1] − P[a+1][b−1] + P[a−1][b−1]) / 4
        p[0] = 4 * cross(i, j) - p[10] + p[8] + p[2];
        p[3] = p[11] - p[9] + p[1] - 4 * cross(i + 1, j);
        p[12] = p[14] - p[6] + p[4] - 4 * cross(i, j + 1);
        p[15] = 4 * cross(i + 1, j + 1) + p[13] + p[7] - p[5];
    }

    /** The sample at (i, j), NaN if outside the grid or undefined. */
    double at(int i, int j) {
        if (i < 0 || j < 0 || i >= nx || j >= ny) {
            return Double.NaN;
        }
        double value = v[j * nx + i];
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** ∂_u L at node (i, j) in grid units; NaN if the node or both its row neighbours are undefined. */
    double slopeX(int i, int j) {
        return slope(at(i, j), at(i - 1, j), at(i - 2, j), at(i + 1, j), at(i + 2, j));
    }

    double slopeY(int i, int j) {
        return slope(at(i, j), at(i, j - 1), at(i, j - 2), at(i, j + 1), at(i, j + 2));
    }

    /** ∂_uv L: the v-slope rule applied to ∂_u L along column i. */
    double cross(int i, int j) {
        double c = slopeX(i, j);
        double l = j >= 1 ? slopeX(i, j - 1) : Double.NaN;
        double r = j + 1 < ny ? slopeX(i, j + 1) : Double.NaN;
        boolean needFar = Double.isNaN(l) != Double.isNaN(r);
        double l2 = needFar && j >= 2 ? slopeX(i, j - 2) : Double.NaN;
        double r2 = needFar && j + 2 < ny ? slopeX(i, j + 2) : Double.NaN;
        return slope(c, l, l2, r, r2);
    }

    static double slope(double p, double l, double l2, double r, double r2) {
        boolean hasL = !Double.isNaN(l);
        boolean hasR = !Double.isNaN(r);
        if (hasL && hasR) {
            return (r - l) * 0.5;
        }
        if (hasL) {
            return Double.isNaN(l2) ? p - l : (3 * p - 4 * l + l2) * 0.5;
        }
        if (hasR) {
            return Double.isNaN(r2) ? r - p : (-3 * p + 4 * r - r2) * 0.5;
        }
        return Double.NaN;
    }
}
