package dev.superlevel.core.grid;

/**
 * Values of a loss on a {@link GridSpec}, row-major with j = 0 the ymin row: {@code values[j·nx + i]}.
 * NaN and ±∞ mark undefined samples (SPEC §2).
 *
 * <p>Immutable by contract: the array is owned by this object and must not be written after
 * construction (it is exposed without copying because the topology kernels read it in hot loops).
 */
public final class SampledField {

    private final GridSpec spec;
    private final double[] values;
    private final double min;
    private final double max;
    private final int undefinedCount;

    /** Wraps {@code values} (not copied) sampled on {@code spec}. */
    public SampledField(GridSpec spec, double[] values) {
        if (values.length != spec.size()) {
            throw new IllegalArgumentException("field has " + values.length + " values, grid needs "
                    + spec.size());
        }
        this.spec = spec;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int undefined = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            } else {
                undefined++;
            }
        }
        this.min = undefined == values.length ? Double.NaN : lo;
        this.max = undefined == values.length ? Double.NaN : hi;
        this.undefinedCount = undefined;
    }

    /** A field from rows given top-to-bottom as printed, e.g. a test fixture; row 0 is the top. */
    public static SampledField ofRowsTopDown(double[][] rowsTopDown) {
        int ny = rowsTopDown.length;
        int nx = rowsTopDown[0].length;
        double[] v = new double[nx * ny];
        for (int r = 0; r < ny; r++) {
            if (rowsTopDown[r].length != nx) {
                throw new IllegalArgumentException("ragged rows");
            }
            System.arraycopy(rowsTopDown[r], 0, v, (ny - 1 - r) * nx, nx);
        }
        Domain d = new Domain(0, Math.max(1, nx - 1), 0, Math.max(1, ny - 1));
        return new SampledField(new GridSpec(d, nx, ny), v);
    }

    public GridSpec spec() {
        return spec;
    }

    public int nx() {
        return spec.nx();
    }

    public int ny() {
        return spec.ny();
    }

    /** The backing array, row-major; callers must not modify it. */
    public double[] values() {
        return values;
    }

    public double value(int i, int j) {
        return values[j * spec.nx() + i];
    }

    /** Smallest finite value, NaN if every sample is undefined. */
    public double min() {
        return min;
    }

    /** Largest finite value, NaN if every sample is undefined. */
    public double max() {
        return max;
    }

    public int undefinedCount() {
        return undefinedCount;
    }

    public static boolean isDefined(double v) {
        return Double.isFinite(v);
    }
}
