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
 * Single-thread CPU time (ThreadMXBean, so other load on a shared machine barely matters) per sample of
 * {@link MlpSlice#valuesAlongRow} on 256-wide rows, for the setup of {@link MlpSliceBench} (2 → 16 → 16 → 2,
 * 1,000 moons rows). A quick check while optimising, not a benchmark. Run after {@code mvn -B -q -o test-compile
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.bench.MlpSliceCpuTiming [tanh] [relu]}.
 */
public final class MlpSliceCpuTiming {
    private MlpSliceCpuTiming() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String act : args.length > 0 ? args : new String[] {"tanh", "relu"}) {
            MlpConfig config = MlpConfig.DEFAULT.withActivation(Activation.parse(act)).withSteps(200).withLearningRate(0.5);
            long t0 = mx.getCurrentThreadCpuTime();
            MlpSlice slice = MlpSlice.train(MlpSliceBench.moons(1000), RiskOptions.DEFAULT, config, UpdateRule.gradientDescent(),
                    TrainingListener.NONE, () -> false);
            long t1 = mx.getCurrentThreadCpuTime();
            double[] as = new double[256];
            for (int i = 0; i < 256; i++) as[i] = -1 + 2.0 * i / 255;
            double[] out = new double[256];
            double check = 0;
            for (int r = 0; r < 24; r++) slice.valuesAlongRow(as, -1 + 2.0 * r / 255, out, 0); // warm-up
            int rows = 48;
            long c0 = mx.getCurrentThreadCpuTime();
            for (int r = 0; r < rows; r++) {
                slice.valuesAlongRow(as, -1 + 2.0 * (r * 5 % 256) / 255, out, 0);
                check += out[r];
            }
            long c1 = mx.getCurrentThreadCpuTime();
            double perPoint = (c1 - c0) / 1e3 / (rows * 256.0);
            System.out.printf("%s: %.1f us/point (CPU, 1 thread) -> 256x256 = %.2f s CPU; training 200 GD steps %.2f s CPU; checksum %.15g%n",
                    act, perPoint, perPoint * 65536 / 1e6, (t1 - t0) / 1e9, check);
        }
    }
}
