package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.io.function.FunctionLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What one move of a dragged start marker costs in the app (issue 11, item 16): the app's fresh run
 * (gd, exp-norm, lr 0.1, 400 steps, every diagnostic) on a sample's compiled expression, from the
 * sample's start. The sample is a parameter: the first screen's gaussian-bumps and Rosenbrock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DragRunBenchmark {

    @Param({"gaussian-bumps", "rosenbrock"})
    public String sample;

    private LossFunction loss;
    private RunConfig config;

    @Setup
    public void setUp() {
        var definition = FunctionLibrary.samples().stream().filter(d -> d.name().equals(sample)).findFirst()
                .orElseThrow();
        loss = definition.compile();
        var start = definition.start().orElseThrow();
        config = RunConfigParser.parseSpec("optimizer=gd,schedule=exp-norm,lr=0.1,decay=0.005,steps=400,start="
                + start.x() + "," + start.y());
    }

    @Benchmark
    public Trajectory run400Steps() {
        return TrajectoryRunner.run(loss, config, Cancellation.NONE);
    }
}
