package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.surface3d.SurfaceRenderer;
import dev.superlevel.render.surface3d.SurfaceView;
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

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

/**
 * The 3-D view's two interactive paths at the view's size (900×700), on a 512² field whose mesh is
 * decimated to 256² (130,050 triangles):
 * <ul>
 *   <li>{@code orbitFrame}: the camera moves by 1° each call, so every frame re-projects and re-rasterises
 *       the mesh, re-lights it, re-shades it and draws overlays, axes and labels (target ≤ 33 ms, 30 frames/s);</li>
 *   <li>{@code lambdaRedraw}: λ alternates between two levels with the camera fixed (labels precomputed, as
 *       the 2-D view's λ update computes them anyway): only the colours are re-shaded from the cached
 *       geometry, plus overlays and labels (target ≤ 16 ms).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Surface3dBenchmark {

    @Param({"512"})
    int n;

    private final SurfaceRenderer renderer = new SurfaceRenderer();
    private LandscapeScene low;
    private LandscapeScene high;
    private SurfaceView view = SurfaceView.defaults();
    private int calls;

    @Setup
    public void setUp() {
        SampledField field = BenchFields.bumps(n);
        PersistenceDiagram d = PersistenceSweep.compute(field, SetMode.SUPERLEVEL, Connectivity.CONTOUR,
                Cancellation.NONE);
        double lo = field.min() + 0.3 * (field.max() - field.min());
        double hi = field.min() + 0.6 * (field.max() - field.min());
        low = LandscapeScene.of(field, lo).withLabels(d.labelsAt(lo, 0), d.componentCount(lo)).withFormula("bumps");
        high = LandscapeScene.of(field, hi).withLabels(d.labelsAt(hi, 0), d.componentCount(hi)).withFormula("bumps");
        renderer.draw(low, view, 900, 700, 1);
    }

    @Benchmark
    public BufferedImage orbitFrame() {
        view = view.orbitBy(1, 0);
        return renderer.draw(low, view, 900, 700, 1);
    }

    @Benchmark
    public BufferedImage lambdaRedraw() {
        calls++;
        return renderer.draw((calls & 1) == 0 ? low : high, SurfaceView.defaults(), 900, 700, 1);
    }
}
