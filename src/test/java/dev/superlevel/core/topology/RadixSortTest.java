package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RadixSortTest {

    private static int[] expectedOrder(double[] values, SetMode mode) {
        Comparator<Integer> byValue = Comparator.comparingDouble(k -> values[k] + 0.0);
        Comparator<Integer> sweep = mode == SetMode.SUPERLEVEL ? byValue.reversed() : byValue;
        return IntStream.range(0, values.length).filter(k -> Double.isFinite(values[k])).boxed()
                .sorted(sweep.thenComparing(k -> k)).mapToInt(Integer::intValue).toArray();
    }

    @Property(tries = 300)
    void sweepOrderIsAStableSortOfTheDefinedSamples(@ForAll @Size(max = 300) double[] values,
            @ForAll SetMode mode) {
        assertArrayEquals(expectedOrder(values, mode), PersistenceSweep.sweepOrder(values, mode));
    }

    /** Values a few ulps apart share the radix prefix, so the run-finishing step decides their order. */
    @Property(tries = 300)
    void valuesAFewUlpsApartAreOrderedExactly(@ForAll @Size(max = 200) List<@IntRange(min = -40, max = 40) Integer> ulps,
            @ForAll SetMode mode) {
        double[] values = new double[ulps.size()];
        for (int k = 0; k < values.length; k++) {
            int m = ulps.get(k);
            double base = m < 0 ? -1.0 : 1.0;
            values[k] = base + Math.abs(m) * Math.ulp(1.0) * Math.signum(base);
        }
        assertArrayEquals(expectedOrder(values, mode), PersistenceSweep.sweepOrder(values, mode));
    }
}
