package dev.superlevel.core.optim;

/**
 * A first-order optimizer over an n-dimensional parameter vector, applied per coordinate with torch
 * single-tensor semantics and the exact operation order of SPEC §1.2. It keeps its own state
 * (momentum buffers, moment estimates, the update count k which starts at 1 on the first step).
 *
 * <p>Not thread-safe: one instance belongs to one run.
 */
public interface Optimizer {

    /**
     * One update, in place: {@code x} becomes θ_{k+1} given θ_k and the gradient g = ∇J(θ_k).
     *
     * @param x the parameters, overwritten; length {@link #dimension()}
     * @param g the gradient at x; length {@link #dimension()}; not modified
     * @param lr the learning rate of this update (the base rate times the schedule's multiplier)
     */
    void step(double[] x, double[] g, double lr);

    /** The number of coordinates this optimizer was created for. */
    int dimension();

    /** Which optimizer this is. */
    OptimizerKind kind();

    /**
     * The optimizer's internals after its last {@link #step} (issue 14: the app draws them as arrows and
     * must not recompute them). {@code buffer}: the momentum buffer (momentum, nesterov) or Adam's first
     * moment m (adam, adamw), NaN for optimizers that keep none. {@code direction}: the scaled direction d
     * of the last update per unit rate, in the update's own operations: gd −g; momentum −buf; nesterov
     * −(g + μ·buf); adam −(1/(1−β₁ᵏ))·m/denom; rmsprop −g/(√sq + ε); adagrad −g/(√sum + ε)/(1 + (k−1)·decay)
     * (so the plain update is x + lr·d up to rounding; adamw also decays x first). Mechanic: its base's.
     * NaN before the first step.
     *
     * @param buffer    length {@link #dimension()}, overwritten
     * @param direction length {@link #dimension()}, overwritten
     */
    default void copyInternals(double[] buffer, double[] direction) {
        java.util.Arrays.fill(buffer, Double.NaN);
        java.util.Arrays.fill(direction, Double.NaN);
    }
}
