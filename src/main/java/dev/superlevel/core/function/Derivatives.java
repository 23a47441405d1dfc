package dev.superlevel.core.function;

/**
 * The value of a loss L(x, y) at one point with its exact gradient and Hessian.
 *
 * @param value L(x, y)
 * @param gx ∂L/∂x
 * @param gy ∂L/∂y
 * @param hxx ∂²L/∂x²
 * @param hxy ∂²L/∂x∂y (= ∂²L/∂y∂x)
 * @param hyy ∂²L/∂y²
 */
public record Derivatives(double value, double gx, double gy, double hxx, double hxy, double hyy) {

    /** ‖∇L‖, the Euclidean norm of the gradient. */
    public double gradientNorm() {
        return Math.hypot(gx, gy);
    }

    /** True when the value and every derivative are finite. */
    public boolean isFinite() {
        return Double.isFinite(value) && Double.isFinite(gx) && Double.isFinite(gy)
                && Double.isFinite(hxx) && Double.isFinite(hxy) && Double.isFinite(hyy);
    }
}
