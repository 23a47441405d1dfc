package dev.superlevel.core.analysis;

import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.MergeTree;

import java.util.List;
import java.util.Objects;

/**
 * The basins of attraction of one run configuration on a lattice: outcome k belongs to start k of the
 * lattice. Immutable and thread-safe.
 *
 * @param lattice  the starts
 * @param config   the run configuration (its own start is ignored)
 * @param tree     the merge tree whose branch ids name the basins
 * @param outcomes one per start, in lattice order
 */
public record BasinMap(Lattice lattice, RunConfig config, MergeTree tree, List<BasinOutcome> outcomes) {

    public BasinMap {
        Objects.requireNonNull(lattice, "lattice");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(tree, "tree");
        outcomes = List.copyOf(outcomes);
        if (outcomes.size() != lattice.size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcomes for " + lattice.size() + " starts");
        }
    }

    /** The basin ids in lattice order (−1 for none). */
    public int[] basins() {
        return outcomes.stream().mapToInt(BasinOutcome::basin).toArray();
    }

    /** Starts whose basin differs from the other map's (same lattice and tree required), in lattice order. */
    public int[] changedStarts(BasinMap other) {
        if (!other.lattice.equals(lattice)) {
            throw new IllegalArgumentException("basin maps on different lattices cannot be compared");
        }
        int[] a = basins();
        int[] b = other.basins();
        return java.util.stream.IntStream.range(0, a.length).filter(k -> a[k] != b[k]).toArray();
    }
}
