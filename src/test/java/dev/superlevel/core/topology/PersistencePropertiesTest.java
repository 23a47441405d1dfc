package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashMap;
import java.util.Map;

/** The sweep answers every λ exactly as a fresh labelling of S_λ does. */
class PersistencePropertiesTest {

    @Provide
    Arbitrary<SampledField> grids() {
        return RandomGrids.fields(7);
    }

    @Provide
    Arbitrary<Double> levels() {
        return RandomGrids.levels();
    }

    @Property(tries = 400)
    void componentCountEqualsAFreshLabelling(@ForAll("grids") SampledField f, @ForAll("levels") double lambda,
            @ForAll SetMode mode, @ForAll Connectivity c) {
        PersistenceDiagram d = PersistenceSweep.compute(f, mode, c, Cancellation.NONE);
        int count = ComponentLabeller.label(f, lambda, mode, c).count();
        ContourPropertiesTest.requireAtLeast("components", count >= 2 ? "two or more" : "fewer", "two or more",
                70); // ~125 of 400
        assertEquals(count, d.componentCount(lambda));
    }

    @Property(tries = 400)
    void labelsAtPartitionsTheSetLikeAFreshLabelling(@ForAll("grids") SampledField f,
            @ForAll("levels") double lambda, @ForAll SetMode mode, @ForAll Connectivity c) {
        PersistenceDiagram d = PersistenceSweep.compute(f, mode, c, Cancellation.NONE);
        int[] fresh = ComponentLabeller.label(f, lambda, mode, c).labels();
        int[] ids = d.labelsAt(lambda, 0);
        ContourPropertiesTest.requireAtLeast("set", java.util.Arrays.stream(fresh).anyMatch(l -> l >= 0)
                ? "non-empty" : "empty", "non-empty", 180); // ~290 of 400
        Map<Integer, Integer> freshToId = new HashMap<>();
        Map<Integer, Integer> idToFresh = new HashMap<>();
        for (int p = 0; p < fresh.length; p++) {
            assertEquals(fresh[p] < 0, ids[p] < 0, "membership of sample " + p);
            if (fresh[p] >= 0) {
                int id = ids[p];
                int label = fresh[p];
                assertEquals(id, freshToId.computeIfAbsent(label, k -> id), "sample " + p);
                assertEquals(label, idToFresh.computeIfAbsent(id, k -> label), "sample " + p);
            }
        }
    }

    @Property(tries = 300)
    void eachLiveComponentIsNamedByThePairWhosePeakItContains(@ForAll("grids") SampledField f,
            @ForAll("levels") double lambda, @ForAll SetMode mode, @ForAll Connectivity c) {
        PersistenceDiagram d = PersistenceSweep.compute(f, mode, c, Cancellation.NONE);
        int[] ids = d.labelsAt(lambda, 0);
        ContourPropertiesTest.requireAtLeast("set", java.util.Arrays.stream(ids).anyMatch(id -> id >= 0)
                ? "non-empty" : "empty", "non-empty", 120); // ~200 of 300
        for (int p = 0; p < ids.length; p++) {
            if (ids[p] >= 0) {
                assertEquals(ids[p], ids[d.pairs().get(ids[p]).peakIndex()], "sample " + p);
            }
        }
    }

    @Property(tries = 300)
    void minimumPersistenceCountMatchesTheDistinctLabels(@ForAll("grids") SampledField f,
            @ForAll("levels") double lambda, @ForAll SetMode mode, @ForAll Connectivity c) {
        PersistenceDiagram d = PersistenceSweep.compute(f, mode, c, Cancellation.NONE);
        ContourPropertiesTest.requireAtLeast("components", d.componentCount(lambda) >= 2 ? "two or more" : "fewer",
                "two or more", 50); // ~90 of 300
        for (double minPersistence : new double[] {0, 0.5, 1, 2, Double.POSITIVE_INFINITY}) {
            long distinct = java.util.Arrays.stream(d.labelsAt(lambda, minPersistence)).filter(id -> id >= 0)
                    .distinct().count();
            assertEquals(distinct, d.componentCount(lambda, minPersistence), "min persistence " + minPersistence);
        }
    }

    @Property(tries = 200)
    void pairsAreOrderedOldestFirst(@ForAll("grids") SampledField f, @ForAll SetMode mode,
            @ForAll Connectivity c) {
        var pairs = PersistenceSweep.compute(f, mode, c, Cancellation.NONE).pairs();
        ContourPropertiesTest.requireAtLeast("pairs", pairs.size() >= 2 ? "two or more" : "fewer", "two or more",
                60); // ~105 of 200
        for (int k = 1; k < pairs.size(); k++) {
            PersistencePair a = pairs.get(k - 1);
            PersistencePair b = pairs.get(k);
            boolean older = mode == SetMode.SUPERLEVEL ? a.birth() > b.birth() : a.birth() < b.birth();
            assertEquals(true, older || (a.birth() == b.birth() && a.peakIndex() < b.peakIndex()),
                    "pairs " + (k - 1) + " and " + k);
        }
    }
}
