package dev.superlevel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of {@link BasinsBenchmark}'s cases (64² starts × 1,000 steps on Rastrigin, gd and adam): on one
 * thread (ThreadMXBean, so other load on the shared machine barely matters) and on two threads (process CPU
 * time and wall time). A check next to the JMH numbers, not a benchmark. Run after {@code mvn -B -q -o
 * test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.bench.BasinsCpuTiming}.
 */
public final class BasinsCpuTiming {

    private BasinsCpuTiming() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long checksum = 0;
        for (String optimizer : new String[] {"gd", "adam"}) {
            for (int threads : new int[] {1, 2}) {
                BasinsBenchmark b = new BasinsBenchmark();
                b.optimizer = optimizer;
                b.threads = threads;
                b.setUp();
                for (int round = 0; round < 4; round++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    long p0 = os.getProcessCpuTime();
                    long w0 = System.nanoTime();
                    checksum += b.lattice64x1000().outcomes().size();
                    long w1 = System.nanoTime();
                    long p1 = os.getProcessCpuTime();
                    long c1 = mx.getCurrentThreadCpuTime();
                    System.out.printf("%s, %d thread(s): %.0f ms wall, %.0f ms CPU (process), %.0f ms CPU (caller)%n",
                            optimizer, threads, (w1 - w0) / 1e6, (p1 - p0) / 1e6, (c1 - c0) / 1e6);
                }
            }
        }
        System.out.println("checksum " + checksum);
    }
}
