package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.concurrent.atomic.AtomicInteger;

/** The merge tree agrees with a fresh union-find labelling at every sample's own level. */
class MergeTreePropertiesTest {

    private static final AtomicInteger CHECKED = new AtomicInteger();

    @Provide
    Arbitrary<SampledField> grids() {
        return RandomGrids.fields(7);
    }

    /**
     * A sample's basin is the component it is in at its own level: in a fresh labelling of S_{v[p]} it
     * shares a component with its branch's extreme, and that extreme is the oldest sample there (unless the
     * branch dies at exactly v[p]: ties enter in index order, so the merge may come after p).
     */
    @Property(tries = 300)
    void basinOfASampleIsItsComponentAtItsOwnLevel(@ForAll("grids") SampledField f, @ForAll SetMode mode,
            @ForAll Connectivity c) {
        MergeTree tree = MergeTree.of(PersistenceSweep.compute(f, mode, c, Cancellation.NONE), 0);
        double[] v = f.values();
        for (int p = 0; p < v.length; p++) {
            int basin = tree.basinOf(p);
            assertEquals(!Double.isFinite(v[p]), basin < 0, "definedness of sample " + p);
            if (basin < 0) {
                continue;
            }
            int[] fresh = ComponentLabeller.label(f, v[p], mode, c).labels();
            MergeTree.Branch b = tree.branches().get(basin);
            assertEquals(fresh[p], fresh[b.birthIndex()], "sample " + p + " and the extreme of its basin " + b);
            if (b.death() == v[p]) {
                continue;  // a tie: p entered before the sample (higher index, same level) that merges its basin away
            }
            for (int q = 0; q < v.length; q++) {
                if (fresh[q] == fresh[p]) {
                    boolean older = mode == SetMode.SUBLEVEL ? v[q] < b.birth() : v[q] > b.birth();
                    assertTrue(!older && !(v[q] == b.birth() && q < b.birthIndex()), "sample " + q
                            + " is older than the extreme of " + b);
                }
            }
        }
        CHECKED.incrementAndGet();
    }

    @Property(tries = 300)
    void sizesAddUpToTheDefinedSamplesForAnyThreshold(@ForAll("grids") SampledField f, @ForAll SetMode mode,
            @ForAll Connectivity c, @ForAll("thresholds") double minPersistence) {
        MergeTree tree = MergeTree.of(PersistenceSweep.compute(f, mode, c, Cancellation.NONE), minPersistence);
        int sum = tree.branches().stream().mapToInt(MergeTree.Branch::size).sum();
        assertEquals(f.spec().size() - f.undefinedCount(), sum);
        for (MergeTree.Branch b : tree.branches()) {
            assertTrue(b.isEssential() || b.persistence() >= minPersistence, "kept below the threshold: " + b);
            assertTrue(b.parent() < b.id(), "a parent is older: " + b);
        }
        CHECKED.incrementAndGet();
    }

    @Provide
    Arbitrary<Double> thresholds() {
        return net.jqwik.api.Arbitraries.of(0.0, 0.5, 1.0, 1.5, 2.5);
    }

    @AfterContainer
    static void everyPropertyRan() {
        // both properties together must have checked real cases (none may be skipped wholesale)
        assertTrue(CHECKED.get() >= 600, "checked " + CHECKED.get() + " cases");
    }
}
