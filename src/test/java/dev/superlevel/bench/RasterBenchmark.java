package dev.superlevel.bench;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
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

/** The raster kernels alone: the heat map (once per function/scale change) and the shading (once per λ). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RasterBenchmark {

    @Param({"512", "1024", "2048"})
    int n;

    SampledField field;
    int[] heat;
    int[] labels;
    int[] out;

    @Setup
    public void setUp() {
        field = BenchFields.bumps(n);
        heat = LandscapeRaster.heatmap(field, ColorScale.LINEAR, 10);
        labels = BenchFields.thresholdLabels(field, 0.3);
        out = new int[heat.length];
    }

    @Benchmark
    public int[] shade() {
        LandscapeRaster.shade(heat, labels, n, n, 0.55, out);
        return out;
    }

    @Benchmark
    public int[] heatmapLogWithIsoLines() {
        return LandscapeRaster.heatmap(field, ColorScale.LOG, 10);
    }

    /** Keeps the unused-import checker quiet about the grid types used by {@link BenchFields}. */
    static GridSpec spec(int n) {
        return new GridSpec(new Domain(-4, 4, -3, 3), n, n);
    }
}
