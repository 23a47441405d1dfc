package dev.superlevel.bench;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.ComponentLabeller;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.Labelling;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.LandscapeRaster;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One λ update as the app does it: label S_λ, then shade the heat map (target ≤ 8 ms at 1024²).
 *
 * <p>Labelling here is a full {@link ComponentLabeller} pass (contour connectivity). Once the persistence
 * diagram's {@code labelsAt} is available, the app's per-λ update is a lookup instead and this benchmark
 * measures an upper bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LambdaUpdateBenchmark {

    @Param({"512", "1024", "2048"})
    int n;

    SampledField field;
    int[] heat;
    int[] out;
    double lambda;

    @Setup
    public void setUp() {
        field = BenchFields.bumps(n);
        heat = LandscapeRaster.heatmap(field, ColorScale.LINEAR, 10);
        out = new int[heat.length];
        lambda = 0.3;
    }

    @Benchmark
    public int[] labelAndShade() {
        Labelling l = ComponentLabeller.label(field, lambda, SetMode.SUPERLEVEL, Connectivity.CONTOUR);
        LandscapeRaster.shade(heat, l.labels(), n, n, 0.55, out);
        return out;
    }
}
