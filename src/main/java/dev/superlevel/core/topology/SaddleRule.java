package dev.superlevel.core.topology;

/**
 * The one place where the saddle rule of {@link Connectivity#CONTOUR} is decided, shared by
 * {@link ComponentLabeller}, {@link PersistenceSweep} and {@link ContourTracer} so all three see the
 * bit-identical cell mean and can never disagree.
 *
 * <pre>
 *   tl ---- tr      a cell is named by its bottom-left sample (i, j):
 *    |  m   |       bl = (i, j), br = (i+1, j), tl = (i, j+1), tr = (i+1, j+1)
 *   bl ---- br      m = (bl + br + tl + tr) / 4, summed in exactly this order
 *
 *   rising diagonal  bl–tr   linked iff bl, tr in the set, br, tl out, and m in the set
 *   falling diagonal br–tl   linked iff br, tl in the set, bl, tr out, and m in the set
 * </pre>
 *
 * A cell with an undefined corner (NaN, ±∞) has no diagonal link; a mean that overflows to ±∞ is
 * undefined too, so such a cell has no diagonal either.
 */
public final class SaddleRule {

    private SaddleRule() {
    }

    /** The cell mean (bl + br + tl + tr) / 4, in this summation order; every caller must use this. */
    public static double cellMean(double bl, double br, double tl, double tr) {
        return (bl + br + tl + tr) / 4;
    }

    /** The mean of the cell whose bottom-left sample has flat index k in a row-major grid of width nx. */
    public static double cellMean(double[] values, int k, int nx) {
        return cellMean(values[k], values[k + 1], values[k + nx], values[k + nx + 1]);
    }

    /**
     * Whether the contour rule links the diagonal of a cell.
     *
     * @param rising true for the bl–tr diagonal, false for br–tl
     */
    public static boolean isDiagonalLinked(double bl, double br, double tl, double tr, boolean rising,
            SetMode mode, double lambda) {
        double p = rising ? bl : br;
        double q = rising ? tr : tl;
        double o1 = rising ? br : bl;
        double o2 = rising ? tl : tr;
        if (!Double.isFinite(o1) || !Double.isFinite(o2)) {
            return false;
        }
        return mode.contains(p, lambda) && mode.contains(q, lambda) && !mode.contains(o1, lambda)
                && !mode.contains(o2, lambda) && mode.contains(cellMean(bl, br, tl, tr), lambda);
    }

    /** {@link #isDiagonalLinked(double, double, double, double, boolean, SetMode, double)} for cell k. */
    public static boolean isDiagonalLinked(double[] values, int k, int nx, boolean rising, SetMode mode,
            double lambda) {
        return isDiagonalLinked(values[k], values[k + 1], values[k + nx], values[k + nx + 1], rising, mode,
                lambda);
    }
}
