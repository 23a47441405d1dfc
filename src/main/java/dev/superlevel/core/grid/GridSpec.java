package dev.superlevel.core.grid;

/**
 * An nx × ny sampling of a {@link Domain} with inclusive endpoints (SPEC §2):
 * x_i = xmin + i·(xmax − xmin)/(nx − 1), y_j = ymin + j·(ymax − ymin)/(ny − 1).
 *
 * <pre>
 *   j = ny-1  +---+---+---+   ymax   (top row of the picture)
 *             |   |   |   |
 *   j = 0     +---+---+---+   ymin   (bottom row of the picture)
 *           i = 0       i = nx-1
 *   flat index k = j·nx + i
 * </pre>
 */
public record GridSpec(Domain domain, int nx, int ny) {

    /** The largest grid side accepted anywhere (CLI and app). */
    public static final int MAX_SIDE = dev.superlevel.core.Limits.MAX_GRID_SIDE;

    public GridSpec {
        if (domain == null) {
            throw new IllegalArgumentException("grid: domain is missing");
        }
        if (nx < 1 || ny < 1 || nx > MAX_SIDE || ny > MAX_SIDE) {
            throw new IllegalArgumentException("grid size must be between 1 and " + MAX_SIDE
                    + " per side, got " + nx + "x" + ny);
        }
    }

    public static GridSpec square(Domain domain, int n) {
        return new GridSpec(domain, n, n);
    }

    public int size() {
        return nx * ny;
    }

    public int index(int i, int j) {
        return j * nx + i;
    }

    /** x of column i; a one-column grid sits at xmin. */
    public double x(int i) {
        return nx == 1 ? domain.xmin() : domain.xmin() + i * (domain.xmax() - domain.xmin()) / (nx - 1);
    }

    /** y of row j (j = 0 is ymin); a one-row grid sits at ymin. */
    public double y(int j) {
        return ny == 1 ? domain.ymin() : domain.ymin() + j * (domain.ymax() - domain.ymin()) / (ny - 1);
    }

    /** All column abscissae x_0 … x_{nx−1}. */
    public double[] xs() {
        double[] xs = new double[nx];
        for (int i = 0; i < nx; i++) {
            xs[i] = x(i);
        }
        return xs;
    }

    /** The same domain at another resolution. */
    public GridSpec withSize(int newNx, int newNy) {
        return new GridSpec(domain, newNx, newNy);
    }
}
