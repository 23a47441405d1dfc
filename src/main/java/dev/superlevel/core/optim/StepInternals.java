package dev.superlevel.core.optim;

/**
 * What the optimizer did in the update from one row (issue 14: the app's arrows read these recorded
 * values, never recompute them). All are NaN on a run's last row (no update leaves it).
 *
 * @param gx        the gradient the optimizer was given (∇J of the time-modulated cost, plus noise when on)
 * @param gy        its y component
 * @param bufferX   momentum buffer or Adam's first moment m after the update, NaN for optimizers without
 * @param bufferY   its y component
 * @param directionX the scaled direction per unit rate (see {@link Optimizer#copyInternals}); for Adam the
 *                   per-coordinate scaled direction
 * @param directionY its y component
 * @param referenceX Mechanic's reference direction Δ (see {@link Mechanic#copyReferenceDirection}), NaN
 *                   for the other optimizers
 * @param referenceY its y component
 * @param updateX   the actual update Δθ = θ_{t+1} − θ_t
 * @param updateY   its y component
 */
public record StepInternals(double gx, double gy, double bufferX, double bufferY, double directionX,
        double directionY, double referenceX, double referenceY, double updateX, double updateY) {
}
