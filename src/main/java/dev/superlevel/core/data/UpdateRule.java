package dev.superlevel.core.data;

/**
 * One in-place optimizer update θ ← update(θ, ∇R(θ), lr). Matches
 * {@code dev.superlevel.core.optim.Optimizer#step}, so a project optimizer plugs in as
 * {@code Optimizers.create(cfg, dimension)::step}. Stateful, one per training run.
 */
@FunctionalInterface
public interface UpdateRule {

    void step(double[] theta, double[] gradient, double learningRate);

    /** Plain gradient descent θ ← θ − lr·g. */
    static UpdateRule gradientDescent() {
        return (theta, g, lr) -> {
            for (int p = 0; p < theta.length; p++) {
                theta[p] -= lr * g[p];
            }
        };
    }
}
