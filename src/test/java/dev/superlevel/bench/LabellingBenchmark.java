package dev.superlevel.bench;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.ComponentLabeller;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.Labelling;
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
 * Answering one λ on the field of {@link PersistenceBenchmark}: the diagram lookup that the slider
 * uses ({@code labelsAt}, {@code componentCount}) against a fresh union-find labelling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LabellingBenchmark {

    @Param({"512", "1024", "2048"})
    public int side;

    private SampledField field;
    private PersistenceDiagram diagram;
    private int[] out;
    private int step;

    @Setup
    public void setUp() {
        field = PersistenceBenchmark.egg(side);
        diagram = PersistenceSweep.compute(field, SetMode.SUPERLEVEL, Connectivity.CONTOUR, Cancellation.NONE);
        out = new int[side * side];
    }

    /** Levels cycle over [−0.5, 0.5) so no call sees a cached answer. */
    private double nextLevel() {
        step = (step + 1) % 64;
        return -0.5 + step / 64.0;
    }

    @Benchmark
    public int[] labelsAt() {
        diagram.labelsAt(nextLevel(), 0, out);
        return out;
    }

    @Benchmark
    public int componentCount() {
        return diagram.componentCount(nextLevel());
    }

    @Benchmark
    public Labelling freshLabelling() {
        return ComponentLabeller.label(field, nextLevel(), SetMode.SUPERLEVEL, Connectivity.CONTOUR);
    }
}
