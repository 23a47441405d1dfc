package dev.superlevel.bench;

import dev.superlevel.core.data.Activation;
import dev.superlevel.core.data.MlpConfig;
import dev.superlevel.core.data.MlpSlice;
import dev.superlevel.core.data.RiskOptions;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.data.UpdateRule;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The least single-thread CPU time per sample of {@link MlpSlice#valuesAlongRow} over 40 repetitions of
 * four 256-wide rows, for {@link MlpSliceBench}'s setup: on a machine shared with other builds the minimum
 * is the figure least disturbed by them (wall-clock single shots there vary 2–5×). Times 65,536 it gives the
 * CPU seconds of a 256² slice; the grid sampler spreads them over both cores. Run after
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.superlevel.bench.MlpSliceCpuMin tanh relu}.
 */
public final class MlpSliceCpuMin {
    private MlpSliceCpuMin() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String act : args.length > 0 ? args : new String[] {"tanh", "relu"}) {
            MlpConfig config = MlpConfig.DEFAULT.withActivation(Activation.parse(act)).withSteps(200)
                    .withLearningRate(0.5);
            MlpSlice slice = MlpSlice.train(MlpSliceBench.moons(1000), RiskOptions.DEFAULT, config,
                    UpdateRule.gradientDescent(), TrainingListener.NONE, () -> false);
            double[] as = new double[256];
            for (int i = 0; i < 256; i++) {
                as[i] = -1 + 2.0 * i / 255;
            }
            double[] out = new double[256];
            double best = Double.POSITIVE_INFINITY;
            for (int rep = 0; rep < 40; rep++) {
                long c0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < 4; r++) {
                    slice.valuesAlongRow(as, -1 + 2.0 * (r * 5 % 256) / 255, out, 0);
                }
                best = Math.min(best, (mx.getCurrentThreadCpuTime() - c0) / 1e3 / (4 * 256.0));
            }
            System.out.printf("%s: %.1f us/sample (least CPU, 1 thread) -> 256x256 = %.2f s CPU%n", act, best,
                    best * 65536 / 1e6);
        }
    }
}
