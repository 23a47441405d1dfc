package dev.superlevel.bench;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.io.surface.H5SurfaceReader;
import dev.superlevel.io.surface.SurfaceData;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;

/**
 * CPU time (ThreadMXBean for the interpolant; process CPU time for open + persistence, whose sort uses both
 * cores) of {@link SurfaceBenchmark}'s cases, so that other load on a shared machine barely matters. A
 * check next to the JMH numbers, not a benchmark. Run after {@code mvn -B -q -o test-compile
 * dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.bench.SurfaceCpuTiming}.
 */
public final class SurfaceCpuTiming {

    private SurfaceCpuTiming() {
    }

    public static void main(String[] args) throws Exception {
        SurfaceBenchmark b = new SurfaceBenchmark();
        b.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double checksum = 0;
        for (int round = 0; round < 8; round++) {
            long w0 = System.nanoTime();
            long p0 = os.getProcessCpuTime();
            checksum += b.openAndPersistence().pairs().size();
            long p1 = os.getProcessCpuTime();
            long w1 = System.nanoTime();
            System.out.printf("open + persistence 1001^2: %.0f ms wall, %.0f ms CPU (all threads)%n",
                    (w1 - w0) / 1e6, (p1 - p0) / 1e6);
        }
        SurfaceData data = H5SurfaceReader.read(b.file(), null);
        SurfaceInterpolant f = new SurfaceInterpolant(data.surface());
        double[][] sets = {b.scatteredX(), b.scatteredY(), b.walkX(), b.walkY()};
        for (int round = 0; round < 6; round++) {
            for (int set = 0; set < 2; set++) {
                double[] xs = sets[2 * set];
                double[] ys = sets[2 * set + 1];
                int reps = 2000;
                long c0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < reps; r++) {
                    for (int k = 0; k < xs.length; k++) {
                        Derivatives d = f.derivatives(xs[k], ys[k]);
                        checksum += d.value() + d.gx() + d.gy();
                    }
                }
                long c1 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < reps; r++) {
                    for (int k = 0; k < xs.length; k++) {
                        checksum += f.value(xs[k], ys[k]);
                    }
                }
                long c2 = mx.getCurrentThreadCpuTime();
                double n = (double) reps * xs.length;
                System.out.printf("%s: value+gradient+Hessian %.1f ns, value %.1f ns per point (CPU, 1 thread)%n",
                        set == 0 ? "scattered" : "walk     ", (c1 - c0) / n, (c2 - c1) / n);
            }
        }
        Files.deleteIfExists(b.file());
        System.out.println("checksum " + checksum);
    }
}
