package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** A 100,000-step run on Rosenbrock with every diagnostic recorded, per optimizer. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrajectoryBenchmark {

    /** Rosenbrock (1 − x)² + 100(y − x²)², hand-written so the benchmark measures the engine only. */
    private static final LossFunction ROSENBROCK = new LossFunction() {
        @Override
        public double value(double x, double y) {
            double u = 1 - x;
            double w = y - x * x;
            return u * u + 100 * w * w;
        }

        @Override
        public Derivatives derivatives(double x, double y) {
            double w = y - x * x;
            return new Derivatives(value(x, y), -2 * (1 - x) - 400 * x * w, 200 * w,
                    2 - 400 * w + 800 * x * x, -400 * x, 200);
        }
    };

    @Param({"gd", "adam", "mechanic"})
    public String optimizer;

    private RunConfig config;

    @Setup
    public void setUp() {
        String lr = optimizer.equals("gd") ? "0.0005" : optimizer.equals("adam") ? "0.01" : "1";
        config = RunConfigParser.parseSpec(
                "optimizer=" + optimizer + ",lr=" + lr + ",start=-1.5,2,steps=100000");
    }

    @Benchmark
    public Trajectory run100kSteps() {
        return TrajectoryRunner.run(ROSENBROCK, config, Cancellation.NONE);
    }
}
