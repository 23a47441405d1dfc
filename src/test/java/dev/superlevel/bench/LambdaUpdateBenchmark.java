package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.ComponentLabeller;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.Labelling;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.LandscapeRaster;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One λ update as the app does it (target ≤ 8 ms at 1024²): stable labels from the precomputed
 * persistence diagram ({@code labelsAt}) plus one shading pass. For comparison, the same with a full
 * {@link ComponentLabeller} pass instead of the diagram lookup. Contour connectivity, three bumps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LambdaUpdateBenchmark {

    @Param({"512", "1024", "2048"})
    int n;

    SampledField field;
    int[] heat;
    int[] out;
    double lambda;
    PersistenceDiagram diagram;
    int[] labels;

    @Setup
    public void setUp() {
        field = BenchFields.bumps(n);
        heat = LandscapeRaster.heatmap(field, ColorScale.LINEAR, 10);
        out = new int[heat.length];
        lambda = 0.3;
        diagram = PersistenceSweep.compute(field, SetMode.SUPERLEVEL, Connectivity.CONTOUR, Cancellation.NONE);
        labels = new int[heat.length];
    }

    @Benchmark
    public int[] labelsAtAndShade() {
        diagram.labelsAt(lambda, 0.0, labels);
        LandscapeRaster.shade(heat, labels, n, n, 0.55, out);
        return out;
    }

    @Benchmark
    public int[] relabelAndShade() {
        Labelling l = ComponentLabeller.label(field, lambda, SetMode.SUPERLEVEL, Connectivity.CONTOUR);
        LandscapeRaster.shade(heat, l.labels(), n, n, 0.55, out);
        return out;
    }
}
