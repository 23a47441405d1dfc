package dev.superlevel.core.optim;

/**
 * One row of a trajectory: the iterate after {@code step} updates and the diagnostics of the update
 * that leaves it. Quantities that need the next iterate are NaN on the last row.
 *
 * @param step t, the number of updates made (row 0 = the start point)
 * @param x θ_t's x
 * @param y θ_t's y
 * @param loss L(θ_t)
 * @param objective J(θ_t, t), equal to the loss for the plain cost
 * @param lr the step size of the update from this row (Mechanic: S_t·lr_base)
 * @param gx ∂L/∂x at θ_t
 * @param gy ∂L/∂y at θ_t
 * @param gradNorm ‖∇L(θ_t)‖
 * @param dVdt ∇V(θ_t)·(θ_{t+1} − θ_t), the Lyapunov derivative per unit step (−α‖∇L‖² for GD, V = L)
 * @param deltaL L(θ_{t+1}) − L(θ_t), the realised change
 * @param taylor1 ∇L·Δθ, the first-order prediction of deltaL
 * @param taylor2 ∇L·Δθ + ½ΔθᵀHΔθ, the second-order prediction
 * @param tunerS Mechanic's S_t = Σ s_j at this row; NaN for other optimizers
 */
public record TrajectoryStep(int step, double x, double y, double loss, double objective, double lr,
        double gx, double gy, double gradNorm, double dVdt, double deltaL, double taylor1,
        double taylor2, double tunerS) {

    /** A Lyapunov violation: this update raised the loss (deltaL &gt; 0). */
    public boolean isViolation() {
        return deltaL > 0;
    }
}
