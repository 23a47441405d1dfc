package dev.superlevel.bench;

import dev.superlevel.core.data.MlpSlice;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The least single-thread CPU time per sample over 40 repetitions of four 256-wide rows, for
 * {@link MlpSliceBench}'s setup, of both ways to evaluate a slice, alternating: the picture's
 * {@link MlpSlice#valuesAlongRow} (the network in float) and the exact {@link MlpSlice#value} (in double) that
 * runs use. On a machine shared with other builds the minimum is the figure least disturbed by them
 * (wall-clock single shots there vary 2–5×). Times 65,536 it gives the CPU seconds of a 256² slice; the grid
 * sampler spreads them over both cores ({@link MlpSliceWall} measures that). Run after
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.superlevel.bench.MlpSliceCpuMin tanh relu}.
 */
public final class MlpSliceCpuMin {
    private MlpSliceCpuMin() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String act : args.length > 0 ? args : new String[] {"tanh", "relu"}) {
            MlpSlice slice = MlpSliceWall.benchSlice(act);
            double[] as = new double[256];
            for (int i = 0; i < 256; i++) {
                as[i] = -1 + 2.0 * i / 255;
            }
            double[] out = new double[256];
            double bestPicture = Double.POSITIVE_INFINITY;
            double bestExact = Double.POSITIVE_INFINITY;
            for (int rep = 0; rep < 40; rep++) {
                long c0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < 4; r++) {
                    slice.valuesAlongRow(as, row(r), out, 0);
                }
                long c1 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < 4; r++) {
                    for (int i = 0; i < 256; i++) {
                        out[i] = slice.value(as[i], row(r));
                    }
                }
                long c2 = mx.getCurrentThreadCpuTime();
                bestPicture = Math.min(bestPicture, (c1 - c0) / 1e3 / (4 * 256.0));
                bestExact = Math.min(bestExact, (c2 - c1) / 1e3 / (4 * 256.0));
            }
            System.out.printf("%s: picture (float) %.1f us/sample -> 256x256 = %.2f s CPU; exact (double) %.1f us/sample"
                    + " -> %.2f s CPU (least of 40, 1 thread)%n", act, bestPicture, bestPicture * 65536 / 1e6, bestExact,
                    bestExact * 65536 / 1e6);
        }
    }

    private static double row(int r) {
        return -1 + 2.0 * (r * 5 % 256) / 255;
    }
}
