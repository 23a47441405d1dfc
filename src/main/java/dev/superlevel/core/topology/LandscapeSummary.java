package dev.superlevel.core.topology;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;

import java.util.Objects;

/**
 * The topology of a sampled landscape in a few numbers (SPEC §3.1 {@code summary}): how many minima and
 * maxima persist, how deep the basins are, and the basins themselves as branches of the sub-level
 * {@link MergeTree}.
 *
 * <p>With a threshold P, a pair counts when its persistence |death − birth| ≥ P; essential pairs always
 * count. The means and maxima are over the finite sub-level pairs that count (the essential one has
 * infinite persistence); both are NaN when there is none. Immutable and thread-safe.
 *
 * @param minima          sub-level pairs that count, the essential one(s) included
 * @param maxima          super-level pairs that count, the essential one(s) included
 * @param meanPersistence mean of death − birth over the finite sub-level pairs that count
 * @param maxPersistence  the largest of them
 * @param basins          the sub-level merge tree with the same threshold (one branch per counted minimum)
 */
public record LandscapeSummary(int minima, int maxima, double meanPersistence, double maxPersistence,
        MergeTree basins) {

    public LandscapeSummary {
        Objects.requireNonNull(basins, "basins");
    }

    /**
     * Computes both filtrations of the field (two persistence sweeps).
     *
     * @param minPersistence the threshold P ≥ 0
     * @throws dev.superlevel.core.CancelledException if {@code cancel} is set meanwhile
     */
    public static LandscapeSummary of(SampledField field, Connectivity connectivity, double minPersistence,
            Cancellation cancel) {
        MergeTree sub = MergeTree.sublevel(field, connectivity, minPersistence, cancel);
        PersistenceDiagram sup = PersistenceSweep.compute(field, SetMode.SUPERLEVEL, connectivity, cancel);
        int maxima = 0;
        for (PersistencePair p : sup.pairs()) {
            maxima += p.isEssential() || p.persistence() >= minPersistence ? 1 : 0;
        }
        double sum = 0;
        double max = Double.NaN;
        int finite = 0;
        for (MergeTree.Branch b : sub.branches()) {
            if (!b.isEssential()) {
                sum += b.persistence();
                max = finite == 0 ? b.persistence() : Math.max(max, b.persistence());
                finite++;
            }
        }
        return new LandscapeSummary(sub.branches().size(), maxima, finite == 0 ? Double.NaN : sum / finite, max,
                sub);
    }

    /** Samples per side of the grid: [nx, ny]. */
    public int[] grid() {
        return new int[] {basins.field().nx(), basins.field().ny()};
    }
}
