package dev.superlevel.bench;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;

/** Fixture fields for the render benchmarks: three Gaussian bumps, 3 components at λ = 0.3. */
final class BenchFields {

    private BenchFields() {
    }

    static SampledField bumps(int n) {
        GridSpec spec = RasterBenchmark.spec(n);
        double[] v = new double[spec.size()];
        for (int j = 0; j < n; j++) {
            double y = spec.y(j);
            for (int i = 0; i < n; i++) {
                double x = spec.x(i);
                v[spec.index(i, j)] = Math.exp(-((x + 1.8) * (x + 1.8) + (y - 0.5) * (y - 0.5)))
                        + 0.8 * Math.exp(-((x - 1.5) * (x - 1.5) + (y + 0.8) * (y + 0.8)) / 0.8)
                        + 0.6 * Math.exp(-((x - 1) * (x - 1) + (y - 2) * (y - 2)) / 0.5);
            }
        }
        return new SampledField(spec, v);
    }

    /** A stand-in labelling: every sample ≥ λ gets label (i + j) % 3, the rest −1. */
    static int[] thresholdLabels(SampledField f, double lambda) {
        double[] v = f.values();
        int[] labels = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            labels[k] = v[k] >= lambda ? k % 3 : -1;
        }
        return labels;
    }
}
