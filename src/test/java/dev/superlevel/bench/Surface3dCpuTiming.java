package dev.superlevel.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.surface3d.SurfaceRenderer;
import dev.superlevel.render.surface3d.SurfaceView;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The setup of {@link Surface3dBenchmark} timed in process CPU time (all threads, JIT and GC included), so
 * that other load on a shared machine barely matters: the CPU time a frame costs is an upper bound of its
 * wall time on an otherwise idle machine with enough cores for the two bands. A quick check while
 * optimising, not a benchmark. Run after {@code mvn -B -q -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.bench.Surface3dCpuTiming}.
 */
public final class Surface3dCpuTiming {

    private Surface3dCpuTiming() {
    }

    public static void main(String[] args) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SampledField field = BenchFields.bumps(512);
        PersistenceDiagram d = PersistenceSweep.compute(field, SetMode.SUPERLEVEL, Connectivity.CONTOUR,
                Cancellation.NONE);
        double lo = field.min() + 0.3 * (field.max() - field.min());
        double hi = field.min() + 0.6 * (field.max() - field.min());
        LandscapeScene low = LandscapeScene.of(field, lo).withLabels(d.labelsAt(lo, 0), d.componentCount(lo));
        LandscapeScene high = LandscapeScene.of(field, hi).withLabels(d.labelsAt(hi, 0), d.componentCount(hi));
        SurfaceRenderer renderer = new SurfaceRenderer();
        SurfaceView view = SurfaceView.defaults();
        for (int k = 0; k < 300; k++) {
            view = view.orbitBy(1, 0);
            renderer.draw((k & 1) == 0 ? low : high, view, 900, 700, 1);
        }
        for (int round = 0; round < 3; round++) {
            int n = 100;
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            for (int k = 0; k < n; k++) {
                view = view.orbitBy(1, 0);
                renderer.draw(low, view, 900, 700, 1);
            }
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            for (int k = 0; k < n; k++) {
                renderer.draw((k & 1) == 0 ? high : low, view, 900, 700, 1);
            }
            long c2 = os.getProcessCpuTime();
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "orbit frame: %.1f ms CPU (%.1f ms wall)   λ redraw: %.1f ms CPU (%.1f ms wall)%n",
                    (c1 - c0) / 1e6 / n, (t1 - t0) / 1e6 / n, (c2 - c1) / 1e6 / n, (t2 - t1) / 1e6 / n);
        }
    }
}
