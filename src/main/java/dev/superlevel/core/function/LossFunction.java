package dev.superlevel.core.function;

/**
 * A loss landscape L : R² → R with exact first and second derivatives.
 *
 * <p>Implementations are immutable and thread-safe: grid rows are sampled in parallel from one
 * instance. Points outside the function's domain ({@code log(-1)}, {@code 0/0}) give NaN, never an
 * exception.
 */
public interface LossFunction {

    /** L(x, y); NaN or ±∞ where undefined. */
    double value(double x, double y);

    /** L and its exact gradient and Hessian at (x, y). */
    Derivatives derivatives(double x, double y);

    /**
     * Fills {@code out[offset + i] = value(xs[i], y)} for every i in [0, xs.length). This is the hot
     * path of every picture; implementations override it with something faster than the default
     * point-by-point loop.
     */
    default void valuesAlongRow(double[] xs, double y, double[] out, int offset) {
        for (int i = 0; i < xs.length; i++) {
            out[offset + i] = value(xs[i], y);
        }
    }
}
