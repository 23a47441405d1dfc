package dev.superlevel.core.data;

import dev.superlevel.core.optim.Optimizer;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.Optimizers;
import dev.superlevel.core.optim.RunConfig;

/**
 * One in-place optimizer update θ ← update(θ, ∇R(θ), lr). Matches
 * {@code dev.superlevel.core.optim.Optimizer#step}, so a project optimizer plugs in as
 * {@code Optimizers.create(cfg, dimension)::step}. Stateful, one per training run.
 */
@FunctionalInterface
public interface UpdateRule {

    void step(double[] theta, double[] gradient, double learningRate);

    /**
     * A fresh project optimizer ({@link Optimizers#create}) of {@code kind} with its SPEC §1.2
     * defaults, for {@code dimension} parameters; the rate comes with each step.
     */
    static UpdateRule optimizer(OptimizerKind kind, int dimension) {
        Optimizer optimizer = Optimizers.create(RunConfig.defaults(kind), dimension);
        return optimizer::step;
    }

    /** Plain gradient descent θ ← θ − lr·g. */
    static UpdateRule gradientDescent() {
        return (theta, g, lr) -> {
            for (int p = 0; p < theta.length; p++) {
                theta[p] -= lr * g[p];
            }
        };
    }
}
