package dev.superlevel.core.optim;

/** Creates the optimizer a {@link RunConfig} describes, for any number of coordinates. */
public final class Optimizers {

    private Optimizers() {
    }

    /**
     * A fresh optimizer (empty state) for {@code cfg.optimizer()} with cfg's hyper-parameters; for
     * Mechanic, wrapping a fresh {@code cfg.base()}.
     *
     * @param dimension the number of coordinates, ≥ 1
     */
    public static Optimizer create(RunConfig cfg, int dimension) {
        if (cfg == null) {
            throw new IllegalArgumentException("run configuration must be given");
        }
        if (cfg.optimizer() == OptimizerKind.MECHANIC) {
            Optimizer base = create(cfg, cfg.base(), dimension);
            return new Mechanic(base, cfg.variant(), cfg.mechLambda(), cfg.mechSInit(), cfg.mechEps());
        }
        return create(cfg, cfg.optimizer(), dimension);
    }

    private static Optimizer create(RunConfig cfg, OptimizerKind kind, int dimension) {
        return switch (kind) {
            case GD -> new GradientDescent(dimension);
            case MOMENTUM -> new Momentum(dimension, cfg.momentum(), cfg.dampening(), false);
            case NESTEROV -> new Momentum(dimension, cfg.momentum(), cfg.dampening(), true);
            case ADAM -> new Adam(dimension, cfg.beta1(), cfg.beta2(), cfg.eps(), 0.0, false);
            case ADAMW -> new Adam(dimension, cfg.beta1(), cfg.beta2(), cfg.eps(), cfg.weightDecay(), true);
            case RMSPROP -> new RmsProp(dimension, cfg.alpha(), cfg.eps());
            case ADAGRAD -> new Adagrad(dimension, cfg.lrDecay(), cfg.eps());
            case MECHANIC -> throw new IllegalArgumentException("mechanic cannot wrap itself");
        };
    }
}
