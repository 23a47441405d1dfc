package dev.superlevel.bench;

import dev.superlevel.core.data.Activation;
import dev.superlevel.core.data.MlpConfig;
import dev.superlevel.core.data.MlpSlice;
import dev.superlevel.core.data.RiskOptions;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.data.UpdateRule;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.LandscapeSummary;

import java.util.Arrays;

/**
 * Wall-clock and process CPU time of sampling the README's MLP slice (2 → 16 → 16 → 2, 1,000 moons rows) on a
 * 256² grid with {@link GridSampler} over all cores, as the app and the CLI do: the picture path (the network
 * in float, {@link MlpSlice#valuesAlongRow}) and, alternating with it, the same grid from the exact double
 * {@link MlpSlice#value}. Three warm-up rounds, then {@code rounds} measured (default 7); prints each and the
 * median (the warm-up rounds are printed too: the first is a fresh JVM's, compiling as it goes), and the largest
 * relative difference between the two grids. The README's issue-10 target: ≤ 2 s wall on the 2-core machine. Run after
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.superlevel.bench.MlpSliceWall tanh [rounds]}.
 */
public final class MlpSliceWall {
    private MlpSliceWall() {
    }

    /** The slice of {@link MlpSliceBench}: 200 gradient steps of rate 0.5 on 1,000 moons rows. */
    static MlpSlice benchSlice(String activation) {
        MlpConfig config = MlpConfig.DEFAULT.withActivation(Activation.parse(activation)).withSteps(200)
                .withLearningRate(0.5);
        return MlpSlice.train(MlpSliceBench.moons(1000), RiskOptions.DEFAULT, config, UpdateRule.gradientDescent(),
                TrainingListener.NONE, () -> false);
    }

    /**
     * {@code f} sampled point by point through its {@link LossFunction#value} (the interface's default
     * {@code valuesAlongRow}): for an MLP slice the exact double values instead of the picture's float pass.
     */
    static LossFunction pointByPoint(LossFunction f) {
        return new LossFunction() {
            @Override
            public double value(double x, double y) {
                return f.value(x, y);
            }

            @Override
            public Derivatives derivatives(double x, double y) {
                return f.derivatives(x, y);
            }
        };
    }

    public static void main(String[] args) {
        String act = args.length > 0 ? args[0] : "tanh";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        MlpSlice slice = benchSlice(act);
        LossFunction exact = pointByPoint(slice);
        GridSpec spec = new GridSpec(new Domain(-1, 1, -1, 1), 256, 256);
        double[][] wall = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        SampledField[] fields = new SampledField[2];
        for (int round = -3; round < rounds; round++) {
            for (int kind = 0; kind < 2; kind++) {
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                fields[kind] = GridSampler.sample(kind == 0 ? slice : exact, spec);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
                String what = kind == 0 ? "picture (float)" : "exact (double)";
                if (round >= 0) {
                    wall[kind][round] = seconds;
                    cpu[kind][round] = cpuSeconds;
                    System.out.printf("round %d %s: %.2f s wall, %.2f s CPU%n", round + 1, what, seconds, cpuSeconds);
                } else {
                    System.out.printf("warm-up %d %s: %.2f s wall, %.2f s CPU%n", round + 4, what, seconds, cpuSeconds);
                }
            }
        }
        System.out.printf("%s 256² with %d cores, median of %d: picture (float) %.2f s wall, %.2f s CPU;"
                + " exact (double) %.2f s wall, %.2f s CPU%n", act, Runtime.getRuntime().availableProcessors(), rounds,
                median(wall[0]), median(cpu[0]), median(wall[1]), median(cpu[1]));
        double worst = 0;
        for (int j = 0; j < spec.ny(); j++) {
            for (int i = 0; i < spec.nx(); i++) {
                double e = fields[1].value(i, j);
                worst = Math.max(worst, Math.abs(fields[0].value(i, j) - e) / Math.abs(e));
            }
        }
        System.out.printf("largest relative difference picture vs exact over the 65,536 samples: %.2e%n", worst);
        for (double p : new double[] {0, 1e-6, 1e-4}) {
            LandscapeSummary a = LandscapeSummary.of(fields[0], Connectivity.FOUR, p, () -> false);
            LandscapeSummary b = LandscapeSummary.of(fields[1], Connectivity.FOUR, p, () -> false);
            System.out.printf("summary, min persistence %g: picture %d minima, %d maxima, max persistence %.9g;"
                    + " exact %d minima, %d maxima, max persistence %.9g%n", p, a.minima(), a.maxima(),
                    a.maxPersistence(), b.minima(), b.maxima(), b.maxPersistence());
        }
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
