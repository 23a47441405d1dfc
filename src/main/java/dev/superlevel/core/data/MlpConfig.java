package dev.superlevel.core.data;

import dev.superlevel.core.optim.OptimizerKind;

/**
 * Everything that makes an MLP landscape reproducible: the hidden layers, the training run
 * (full-batch, {@code steps} updates of the project optimizer {@code optimizer}, with its SPEC §1.2
 * defaults and the constant rate {@code learningRate}) and the seed.
 * The initial weights come from {@code new Random(seed)} (Glorot-uniform, biases 0), the two slice
 * directions from {@code new Random(~seed)} (see {@link FilterNormalization}).
 *
 * @param activation hidden non-linearity
 * @param hidden1 width of the first hidden layer
 * @param hidden2 width of the second hidden layer
 * @param optimizer the optimizer of the training run ({@code core.optim})
 * @param steps training updates, ≥ 0
 * @param learningRate the optimizer's base rate, &gt; 0
 * @param seed initial weights and slice directions
 */
public record MlpConfig(Activation activation, int hidden1, int hidden2, OptimizerKind optimizer, int steps,
        double learningRate, long seed) {

    /** tanh, 16 → 16, 1500 Adam updates at rate 0.01, seed 1. */
    public static final MlpConfig DEFAULT = new MlpConfig(Activation.TANH, 16, 16, OptimizerKind.ADAM, 1500, 0.01, 1L);

    public static final int MAX_STEPS = dev.superlevel.core.Limits.MAX_TRAINING_STEPS;

    public MlpConfig {
        if (activation == null) {
            throw new IllegalArgumentException("activation must be given");
        }
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must be given");
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("training steps is " + steps + ", expected 0.." + MAX_STEPS);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate is " + learningRate + ", expected a finite number > 0");
        }
    }

    /** The network for {@code inputs} features and {@code classes} classes. */
    public MlpArchitecture architecture(int inputs, int classes) {
        return new MlpArchitecture(inputs, hidden1, hidden2, classes, activation);
    }

    public MlpConfig withSteps(int newSteps) {
        return new MlpConfig(activation, hidden1, hidden2, optimizer, newSteps, learningRate, seed);
    }

    public MlpConfig withSeed(long newSeed) {
        return new MlpConfig(activation, hidden1, hidden2, optimizer, steps, learningRate, newSeed);
    }

    public MlpConfig withActivation(Activation newActivation) {
        return new MlpConfig(newActivation, hidden1, hidden2, optimizer, steps, learningRate, seed);
    }

    public MlpConfig withOptimizer(OptimizerKind newOptimizer) {
        return new MlpConfig(activation, hidden1, hidden2, newOptimizer, steps, learningRate, seed);
    }

    public MlpConfig withLearningRate(double newRate) {
        return new MlpConfig(activation, hidden1, hidden2, optimizer, steps, newRate, seed);
    }
}
