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
}
