package dev.superlevel.bench;

import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
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
 * Sampling Rosenbrock (1−x)² + 100(y−x²)² on an n×n grid over [−2, 2] × [−1, 3] through
 * {@link GridSampler#sample} (parallel rows), with the generated row kernel and, for comparison, the
 * tree-walking interpreter. Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench=GridSampling}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GridSamplingBenchmark {

    @Param({"512", "1024"})
    public int n;

    private GridSpec spec;
    private CompiledExpression generated;
    private CompiledExpression interpreted;

    @Setup
    public void setUp() {
        spec = GridSpec.square(new Domain(-2, 2, -1, 3), n);
        generated = ExpressionCompiler.compile("(1-x)^2 + 100*(y-x^2)^2");
        interpreted = generated.interpreted();
    }

    @Benchmark
    public SampledField rosenbrockGenerated() {
        return GridSampler.sample(generated, spec);
    }

    @Benchmark
    public SampledField rosenbrockInterpreted() {
        return GridSampler.sample(interpreted, spec);
    }
}
