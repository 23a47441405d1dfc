package dev.superlevel.bench;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.analysis.basins.BasinsViewModel;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's Basins layer (issue 14) for the README screenshot's configuration: Himmelblau sampled at the
 * app's default 512² over [−5, 5]², a 64² lattice of gd runs (constant lr 0.02, 400 steps), alone or compared
 * with the paper's exp-norm rule (lr 0.1, decay 0.005, 400 steps); each call is what the app's background
 * task does for one request, merge tree of the 512² field included, on {@code threads} worker threads.
 * {@link #main} prints wall and process CPU time per round, a check next to the JMH numbers:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.bench.BasinsLayerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BasinsLayerBenchmark {

    @Param({"false", "true"})
    public boolean compare;

    @Param({"2"})
    public int threads;

    private SimpleObjectProperty<LandscapeData> data;
    private RunsViewModel runs;
    private RunViewModel expNorm;

    @Setup
    public void setUp() {
        LossFunction loss = ExpressionCompiler.compile("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", Map.of());
        data = new SimpleObjectProperty<>(new LandscapeData(loss, GridSampler.sample(loss,
                GridSpec.square(new Domain(-5, 5, -5, 5), 512)), ColorScale.LOG, new int[0], null, 0));
        runs = new RunsViewModel(new SameThreadExecutor());
        runs.lossProperty().set(loss);
        expNorm = runs.add(Map.of("optimizer", "gd", "schedule", "exp-norm", "lr", "0.1", "decay", "0.005", "steps",
                "400", "start", "0,0"));
        runs.add(Map.of("optimizer", "gd", "lr", "0.02", "steps", "400", "start", "-1,-1"));
    }

    @Benchmark
    public BasinsViewModel.Result layer64() {
        BasinsViewModel vm = new BasinsViewModel(data, runs, new SameThreadExecutor(), threads);
        vm.compareWithProperty().set(compare ? expNorm : null);
        vm.enabledProperty().set(true);
        return vm.resultProperty().get();
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (boolean compare : new boolean[] {false, true}) {
            BasinsLayerBenchmark b = new BasinsLayerBenchmark();
            b.compare = compare;
            b.threads = 2;
            b.setUp();
            for (int round = 0; round < 4; round++) {
                long p0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                BasinsViewModel.Result r = b.layer64();
                long w1 = System.nanoTime();
                long p1 = os.getProcessCpuTime();
                System.out.printf("compare %s: %.0f ms wall, %.0f ms CPU (process), %d ms as the app reports%n",
                        compare, (w1 - w0) / 1e6, (p1 - p0) / 1e6, r.millis());
            }
        }
    }
}
