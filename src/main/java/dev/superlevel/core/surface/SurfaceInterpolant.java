package dev.superlevel.core.surface;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;

/**
 * The C¹ bicubic interpolant of a {@link SampledSurface}, with the exact gradient and Hessian of the
 * interpolant (not of the unknown loss behind the samples).
 *
 * <p><b>Formula.</b> In grid units u = (x − x₀)/h_x, v = (y − y₀)/h_y, a point lies in cell (i, j) with offsets
 * t = u − i, s = v − j in [0, 1]. On every cell the interpolant is the bicubic Hermite patch of the
 * node data (L, ∂_u L, ∂_v L, ∂_uv L) at its four corners, the slopes taken from the samples:
 * <pre>
 *   ∂_u L(i) = (L(i+1) − L(i−1)) / 2                      both neighbours defined
 *            = ±(3L(i) − 4L(i∓1) + L(i∓2)) / 2            one side missing (border or hole)
 *            = ±(L(i) − L(i∓1))                            only one neighbour at all
 *   ∂_uv L   = the same rule along v applied to ∂_u L
 * </pre>
 * Where all 16 samples around a cell exist this is exactly Catmull–Rom cubic convolution (Keys 1981,
 * a = −1/2, DOI 10.1109/TASSP.1981.1163711); its one-sided border rule is Keys' boundary condition. Node
 * data are shared by the cells that meet at a node, so the patches join with continuous value and
 * gradient (C¹). Both difference rules are exact for quadratics, hence the interpolant reproduces every
 * quadratic exactly on grids of at least 3 × 3 nodes, in particular two or more cells from the border.
 * Implementation: the node data are turned into the unique "virtual" 4 × 4 stencil whose central
 * differences give them, and that stencil is contracted with the Catmull–Rom weights.
 *
 * <p><b>Nodes.</b> At a node the weights are exactly (0, 1, 0, 0), so the stored value is returned
 * bit for bit. A coordinate within {@value #SNAP} cell widths of a node, or equal to the file's own
 * coordinate of that node, is moved onto the node (it absorbs the rounding of
 * {@code xmin + i·(xmax − xmin)/(n − 1)} and of coordinates stored as float32).
 *
 * <p><b>Undefined.</b> A cell with an undefined corner (NaN, ±∞) is undefined: value and derivatives NaN
 * in its interior. Cells are closed, so its edges and corners keep the values of the defined cells they
 * also belong to (a node next to an undefined sample still returns its stored value).
 * Outside [x₀, x_{nx−1}] × [y₀, y_{ny−1}] the interpolant is NaN. {@link #isDefinedAt} tells runs when
 * they have left the surface. Immutable and thread-safe.
 */
public final class SurfaceInterpolant implements LossFunction {

    /** Snapping distance to a node, in cell widths. */
    public static final double SNAP = 1e-9;

    private final SampledSurface surface;
    private final double[] v;
    private final double[] xs;
    private final double[] ys;
    private final int nx;
    private final int ny;
    private final double x0;
    private final double y0;
    private final double invHx;
    private final double invHy;

    public SurfaceInterpolant(SampledSurface surface) {
        this.surface = surface;
        this.v = surface.values();
        this.xs = surface.xs();
        this.ys = surface.ys();
        this.nx = xs.length;
        this.ny = ys.length;
        this.x0 = xs[0];
        this.y0 = ys[0];
        this.invHx = (nx - 1) / (xs[nx - 1] - x0);
        this.invHy = (ny - 1) / (ys[ny - 1] - y0);
    }

    public SampledSurface surface() {
        return surface;
    }

    /** Whether (x, y) lies on the grid in a cell whose four corners are defined. */
    public boolean isDefinedAt(double x, double y) {
        double u = gridUnits(x, x0, invHx, xs);
        double w = gridUnits(y, y0, invHy, ys);
        if (Double.isNaN(u) || Double.isNaN(w)) {
            return false;
        }
        return definedCell(u, w) >= 0;
    }

    @Override
    public double value(double x, double y) {
        double u = gridUnits(x, x0, invHx, xs);
        double w = gridUnits(y, y0, invHy, ys);
        if (Double.isNaN(u) || Double.isNaN(w)) {
            return Double.NaN;
        }
        int i = cell(u, nx);
        int j = cell(w, ny);
        if (isInterior(i, j)) {  // fast path: the 16 samples in place; finite only if all are defined
            double fast = CatmullRom.value(v, (j - 1) * nx + i - 1, nx, u - i, w - j);
            if (Double.isFinite(fast)) {
                return fast;
            }
        }
        int k = definedCell(u, w);
        if (k < 0) {
            return Double.NaN;
        }
        i = k % nx;
        j = k / nx;
        double[] p = new double[16];
        new NodeSlopes(v, nx, ny).virtualStencil(i, j, p);
        return CatmullRom.value(p, 0, 4, u - i, w - j);
    }

    @Override
    public Derivatives derivatives(double x, double y) {
        double u = gridUnits(x, x0, invHx, xs);
        double w = gridUnits(y, y0, invHy, ys);
        if (Double.isNaN(u) || Double.isNaN(w)) {
            return CatmullRom.UNDEFINED;
        }
        int i = cell(u, nx);
        int j = cell(w, ny);
        if (isInterior(i, j)) {
            Derivatives fast = CatmullRom.derivatives(v, (j - 1) * nx + i - 1, nx, u - i, w - j, invHx, invHy);
            if (fast.isFinite()) {
                return fast;
            }
        }
        int k = definedCell(u, w);
        if (k < 0) {
            return CatmullRom.UNDEFINED;
        }
        i = k % nx;
        j = k / nx;
        double[] p = new double[16];
        new NodeSlopes(v, nx, ny).virtualStencil(i, j, p);
        return CatmullRom.derivatives(p, 0, 4, u - i, w - j, invHx, invHy);
    }

    /**
     * Position in grid units, snapped onto a node when within {@link #SNAP} or equal to the node's own
     * coordinate; NaN outside [0, n − 1].
     */
    private static double gridUnits(double x, double origin, double inv, double[] coords) {
        double u = (x - origin) * inv;
        double r = Math.rint(u);
        int n = coords.length;
        if (r >= 0 && r <= n - 1 && (Math.abs(u - r) <= SNAP || coords[(int) r] == x)) {
            return r;
        }
        return u >= 0 && u <= n - 1 ? u : Double.NaN;
    }

    /** The cell holding grid position u in [0, n − 1]: the last node belongs to the last cell. */
    private static int cell(double u, int n) {
        return Math.min((int) u, n - 2);
    }

    /**
     * The cell holding grid position (u, w) whose four corners are defined, as j·nx + i, or −1. A point on
     * an edge or node shared by several cells takes a defined one (cells are closed): a node next to an
     * undefined sample still has its stored value.
     */
    private int definedCell(double u, double w) {
        int i = cell(u, nx);
        int j = cell(w, ny);
        if (cornersDefined(i, j)) {
            return j * nx + i;
        }
        boolean onLeftEdge = u == i && i > 0;
        boolean onBottomEdge = w == j && j > 0;
        if (onLeftEdge && cornersDefined(i - 1, j)) {
            return j * nx + i - 1;
        }
        if (onBottomEdge && cornersDefined(i, j - 1)) {
            return (j - 1) * nx + i;
        }
        if (onLeftEdge && onBottomEdge && cornersDefined(i - 1, j - 1)) {
            return (j - 1) * nx + i - 1;
        }
        return -1;
    }

    private boolean cornersDefined(int i, int j) {
        int k = j * nx + i;
        return Double.isFinite(v[k]) && Double.isFinite(v[k + 1]) && Double.isFinite(v[k + nx])
                && Double.isFinite(v[k + nx + 1]);
    }

    /** Whether cell (i, j) has its whole 4 × 4 stencil inside the grid. */
    private boolean isInterior(int i, int j) {
        return i >= 1 && j >= 1 && i + 2 < nx && j + 2 < ny;
    }
}
