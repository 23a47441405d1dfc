package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.surface.H5SurfaceReader;
import dev.superlevel.io.surface.SurfaceData;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Real surfaces (issue 10): opening a 1001 × 1001 loss-landscape {@code .h5} (written in setup with jhdf
 * into a temporary file, 8 MB, never committed) and computing its sub-level persistence; and the
 * bicubic interpolant's value and value + gradient + Hessian per point, at points spread over the grid.
 * The surface is sin(3x)·cos(3y) + 0.1·x on [−5, 5]², ~ 200 minima.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class SurfaceBenchmark {

    static final int SIDE = 1001;
    static final int POINTS = 1024;

    private Path file;
    private SurfaceInterpolant interpolant;
    private final double[] px = new double[POINTS];
    private final double[] py = new double[POINTS];
    private final double[] wx = new double[POINTS];
    private final double[] wy = new double[POINTS];

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("surface-bench", ".h5");
        Files.delete(file);
        double[] c = new double[SIDE];
        for (int k = 0; k < SIDE; k++) {
            c[k] = -5 + k * 10.0 / (SIDE - 1);
        }
        double[][] declared = new double[SIDE][SIDE];  // flat j·nx + i, as loss-landscape fills it
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                int k = j * SIDE + i;
                declared[k / SIDE][k % SIDE] = Math.sin(3 * c[i]) * Math.cos(3 * c[j]) + 0.1 * c[i];
            }
        }
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("xcoordinates", c);
            h5.putDataset("ycoordinates", c.clone());
            h5.putDataset("train_loss", declared);
        }
        interpolant = new SurfaceInterpolant(H5SurfaceReader.read(file, null).surface());
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < POINTS; k++) {
            px[k] = -5 + 10 * random.nextDouble();
            py[k] = -5 + 10 * random.nextDouble();
        }
        double x = 0;
        double y = 0;
        for (int k = 0; k < POINTS; k++) {  // a run-like walk: steps of about one cell (0.01)
            x = Math.max(-4.9, Math.min(4.9, x + 0.02 * (random.nextDouble() - 0.5)));
            y = Math.max(-4.9, Math.min(4.9, y + 0.02 * (random.nextDouble() - 0.5)));
            wx[k] = x;
            wy[k] = y;
        }
    }

    Path file() {
        return file;
    }

    double[] scatteredX() {
        return px;
    }

    double[] scatteredY() {
        return py;
    }

    double[] walkX() {
        return wx;
    }

    double[] walkY() {
        return wy;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SurfaceData open() {
        return H5SurfaceReader.read(file, null);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PersistenceDiagram openAndPersistence() {
        SurfaceData data = H5SurfaceReader.read(file, null);
        return PersistenceSweep.compute(data.surface().field(), SetMode.SUBLEVEL, Connectivity.CONTOUR,
                Cancellation.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void value(Blackhole bh) {
        for (int k = 0; k < POINTS; k++) {
            bh.consume(interpolant.value(px[k], py[k]));
        }
    }

    /** Value + gradient + Hessian along a run-like walk (neighbouring cells: what runs and hovering do). */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void valueGradientHessianAlongAWalk(Blackhole bh) {
        for (int k = 0; k < POINTS; k++) {
            Derivatives d = interpolant.derivatives(wx[k], wy[k]);
            bh.consume(d.value() + d.gx() + d.gy() + d.hxx());
        }
    }

    /** Value + gradient + Hessian at points scattered over the 8 MB grid (cache misses included). */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void valueGradientHessian(Blackhole bh) {
        for (int k = 0; k < POINTS; k++) {
            Derivatives d = interpolant.derivatives(px[k], py[k]);
            bh.consume(d.value() + d.gx() + d.gy() + d.hxx());
        }
    }
}
