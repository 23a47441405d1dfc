package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
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
 * Full persistence (sort + sweep) of sin(3x)·cos(3y) + 0.1·x on [−5, 5]², a field with ~ 200 maxima and
 * as many saddles, superlevel mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PersistenceBenchmark {

    @Param({"512", "1024", "2048"})
    public int side;

    @Param({"contour", "4"})
    public String connectivity;

    private SampledField field;
    private Connectivity c;

    @Setup
    public void setUp() {
        field = egg(side);
        c = Connectivity.parse(connectivity);
    }

    /** sin(3x)·cos(3y) + 0.1·x sampled on side × side points of [−5, 5]². */
    static SampledField egg(int side) {
        GridSpec spec = GridSpec.square(Domain.defaultDomain(), side);
        double[] v = new double[side * side];
        for (int j = 0; j < side; j++) {
            double y = spec.y(j);
            for (int i = 0; i < side; i++) {
                double x = spec.x(i);
                v[j * side + i] = Math.sin(3 * x) * Math.cos(3 * y) + 0.1 * x;
            }
        }
        return new SampledField(spec, v);
    }

    @Benchmark
    public PersistenceDiagram sortAndSweep() {
        return PersistenceSweep.compute(field, SetMode.SUPERLEVEL, c, Cancellation.NONE);
    }
}
