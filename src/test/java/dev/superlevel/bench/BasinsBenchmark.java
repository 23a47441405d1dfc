package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinRunner;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Basins of attraction on Rastrigin ([−5.12, 5.12]², tree from 512² samples): 64² starts × 1,000 steps
 * of gd (lr 0.001) or adam (lr 0.05), on both cores (issue 14 target: ≤ 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BasinsBenchmark {

    @Param({"gd", "adam"})
    public String optimizer;

    @Param({"2"})
    public int threads;

    private LossFunction loss;
    private MergeTree tree;
    private RunConfig config;
    private Lattice lattice;

    @Setup
    public void setUp() {
        loss = ExpressionCompiler.compile("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", Map.of());
        Domain d = new Domain(-5.12, 5.12, -5.12, 5.12);
        tree = MergeTree.sublevel(GridSampler.sample(loss, GridSpec.square(d, 512)), Connectivity.CONTOUR, 0,
                Cancellation.NONE);
        OptimizerKind kind = OptimizerKind.parse(optimizer);
        config = RunConfig.defaults(kind).withLearningRate(kind == OptimizerKind.GD ? 0.001 : 0.05).withSteps(1000);
        lattice = new Lattice(d, 64);
    }

    @Benchmark
    public BasinMap lattice64x1000() {
        return BasinRunner.run(loss, config, lattice, tree, 1e-3, threads, Cancellation.NONE, k -> { });
    }
}
