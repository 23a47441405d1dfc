package dev.superlevel.io.surface;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.io.function.FunctionLibrary;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;

import java.nio.file.Path;

/**
 * Writes the bundled sample surface {@code sample-functions/mlp-moons.h5}: the bundled MLP slice
 * ({@code moons-mlp}: a 2-16-16-2 tanh network trained on two moons, along two filter-normalised random
 * directions, Li et al. 2018) sampled on {@value #N} × {@value #N} points of [−1, 1]², saved in
 * loss-landscape's layout: {@code xcoordinates}, {@code ycoordinates} (np.linspace), {@code train_loss}
 * declared (nx, ny) and filled in np.meshgrid order, flat[j·nx + i] = L(x_i, y_j).
 *
 * <p>Run from the project folder (it trains the network, a few seconds):
 * <pre>
 *   mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.io.surface.SampleSurfaceGenerator
 * </pre>
 */
public final class SampleSurfaceGenerator {

    /** Samples per axis: 101² float64 values are 80 KB. */
    static final int N = 101;

    private SampleSurfaceGenerator() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-functions/mlp-moons.h5");
        LossFunction slice = FunctionLibrary.sample("moons-mlp").orElseThrow().loss();
        double[] xs = linspace(N);
        double[] ys = linspace(N);
        double[][] declared = new double[N][N];  // shape (nx, ny), flat order j·nx + i
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                int k = j * N + i;
                declared[k / N][k % N] = slice.value(xs[i], ys[j]);
            }
        }
        try (WritableHdfFile h5 = HdfFile.write(out)) {
            h5.putDataset("xcoordinates", xs);
            h5.putDataset("ycoordinates", ys);
            h5.putDataset("train_loss", declared);
        }
        System.out.println("wrote " + out);
    }

    /** np.linspace(-1, 1, n): k·step + start, the last value exactly 1. */
    static double[] linspace(int n) {
        double step = 2.0 / (n - 1);
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = k * step + -1;
        }
        c[n - 1] = 1;
        return c;
    }
}
