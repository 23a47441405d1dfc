package dev.superlevel.core.data;

import dev.superlevel.core.Cancellation;

import java.util.Random;

/**
 * Full-batch training of an {@link MlpRisk} from a seeded Glorot-uniform start: each update evaluates
 * R(θ) and its exact gradient, reports progress, then applies the {@link UpdateRule}. Cancellation is
 * checked once per update.
 */
public final class MlpTrainer {

    private MlpTrainer() {
    }

    /**
     * @return θ* after {@code config.steps()} updates
     * @throws dev.superlevel.core.CancelledException if cancelled
     * @throws IllegalStateException if the loss stops being finite (learning rate too high)
     */
    public static double[] train(MlpRisk risk, MlpConfig config, UpdateRule rule, TrainingListener listener,
            Cancellation cancel) {
        double[] theta = initialWeights(risk.architecture(), config.seed());
        double[] grad = new double[theta.length];
        MlpRisk.Workspace ws = risk.newWorkspace();
        for (int t = 0; t < config.steps(); t++) {
            cancel.check();
            double loss = risk.valueAndGradient(theta, grad, ws);
            requireFinite(loss, t, config);
            listener.onStep(t, config.steps(), loss);
            rule.step(theta, grad, config.learningRate());
        }
        requireFinite(risk.value(theta, ws), config.steps(), config);
        return theta;
    }

    private static void requireFinite(double loss, int step, MlpConfig config) {
        if (!Double.isFinite(loss)) {
            throw new IllegalStateException("MLP training diverged at step " + step + ": loss is " + loss
                    + "; lower the learning rate (" + config.learningRate() + ")");
        }
    }

    /** Glorot-uniform weights U(−a, a), a = √(6/(fan_in + fan_out)), from {@code new Random(seed)}; biases 0. */
    public static double[] initialWeights(MlpArchitecture arch, long seed) {
        Random random = new Random(seed);
        double[] theta = new double[arch.parameterCount()];
        for (int l = 0; l < arch.layerCount(); l++) {
            double limit = Math.sqrt(6.0 / (arch.fanIn(l) + arch.fanOut(l)));
            int from = arch.weightOffset(l);
            int to = arch.biasOffset(l);
            for (int p = from; p < to; p++) {
                theta[p] = limit * (2 * random.nextDouble() - 1);
            }
        }
        return theta;
    }
}
