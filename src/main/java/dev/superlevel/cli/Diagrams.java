package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;

/** Samples the loss the options name and computes its persistence diagram. */
final class Diagrams {

    private Diagrams() {
    }

    static PersistenceDiagram of(FunctionOptions function, TopologyOptions topology) {
        ResolvedLoss resolved = function.resolve();
        var field = function.sample(resolved);
        return PersistenceSweep.compute(field, topology.mode(), topology.connectivity(), Cancellation.NONE);
    }

    /** {@code --min-persistence P}: finite and ≥ 0. */
    static double checkMinPersistence(double p) {
        if (!(p >= 0)) {
            throw new IllegalArgumentException("--min-persistence must be at least 0, got " + p);
        }
        return p;
    }
}
