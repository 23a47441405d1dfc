package dev.superlevel.core.surface;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;

import java.util.Objects;

/**
 * A loss sampled by another tool on an evenly spaced nx × ny grid (issue 10, SPEC §3.1).
 *
 * <pre>
 *   values[j·nx + i] = L(xs[i], ys[j])      (x fastest; j = 0 is the lowest y)
 * </pre>
 *
 * NaN or ±∞ marks an undefined sample (a cell the tool has not computed). Invariants, checked on
 * construction: nx, ny ≥ 2 and ≤ {@link GridSpec#MAX_SIDE}; coordinates finite, strictly increasing and
 * evenly spaced — every coordinate lies within {@link #SPACING_TOLERANCE} cell widths of
 * {@code first + k·(last − first)/(n − 1)} (loss-landscape writes {@code np.linspace}; the slack admits
 * coordinates stored as float32); {@code values.length = nx·ny}; at least one sample defined.
 *
 * <p>Immutable by contract: the arrays are owned by this record and never written after construction
 * (they are not copied, because surfaces reach 4096² samples; callers hand over fresh arrays).
 * Thread-safe.
 *
 * @param name a label for messages and captions (e.g. {@code landscape.h5:train_loss})
 * @param xs the x coordinate of each column, nx values
 * @param ys the y coordinate of each row, ny values
 * @param values the samples, row-major with x fastest
 */
public record SampledSurface(String name, double[] xs, double[] ys, double[] values) {

    /** How far (in cell widths) a coordinate may sit from its evenly spaced position. */
    public static final double SPACING_TOLERANCE = 1e-4;

    public SampledSurface {
        Objects.requireNonNull(name, "name");
        checkAxis("x", xs);
        checkAxis("y", ys);
        if (values.length != (long) xs.length * ys.length) {
            throw new IllegalArgumentException("the surface has " + values.length + " values but its coordinates "
                    + "make a " + xs.length + "x" + ys.length + " grid (" + (long) xs.length * ys.length + ")");
        }
        if (!anyDefined(values)) {
            throw new IllegalArgumentException("every sample of the surface is undefined (NaN or -1)");
        }
    }

    public int nx() {
        return xs.length;
    }

    public int ny() {
        return ys.length;
    }

    /** L(x_i, y_j) as stored. */
    public double value(int i, int j) {
        return values[j * xs.length + i];
    }

    /** The rectangle spanned by the first and last coordinates. */
    public Domain domain() {
        return new Domain(xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1]);
    }

    /** The file's own grid: its domain at its own resolution. */
    public GridSpec gridSpec() {
        return new GridSpec(domain(), nx(), ny());
    }

    /** The stored samples as a field on {@link #gridSpec()} (shares the array; never write to it). */
    public SampledField field() {
        return new SampledField(gridSpec(), values);
    }

    private static void checkAxis(String axis, double[] c) {
        int n = c.length;
        if (n < 2 || n > GridSpec.MAX_SIDE) {
            throw new IllegalArgumentException(axis + " coordinates: need 2 to " + GridSpec.MAX_SIDE + " values, got "
                    + n);
        }
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(c[k])) {
                throw new IllegalArgumentException(axis + " coordinates: value " + k + " is " + c[k]);
            }
            if (k > 0 && !(c[k] > c[k - 1])) {
                throw new IllegalArgumentException(axis + " coordinates are not strictly increasing at index " + k
                        + " (" + c[k - 1] + " then " + c[k] + ")");
            }
        }
        double step = (c[n - 1] - c[0]) / (n - 1);
        for (int k = 1; k < n - 1; k++) {
            double even = c[0] + k * step;
            if (Math.abs(c[k] - even) > SPACING_TOLERANCE * step) {
                throw new IllegalArgumentException(axis + " coordinates are not evenly spaced: value " + k + " is "
                        + c[k] + ", evenly spaced would be " + even);
            }
        }
    }

    private static boolean anyDefined(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }
}
