package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class RadixSortTest {

    @Property(tries = 300)
    void sweepOrderIsAStableSortOfTheDefinedSamples(@ForAll @Size(max = 300) double[] values,
            @ForAll SetMode mode) {
        Comparator<Integer> byValue = Comparator.comparingDouble(k -> values[k] + 0.0);
        Comparator<Integer> sweep = mode == SetMode.SUPERLEVEL ? byValue.reversed() : byValue;
        int[] expected = IntStream.range(0, values.length).filter(k -> Double.isFinite(values[k])).boxed()
                .sorted(sweep.thenComparing(k -> k)).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, PersistenceSweep.sweepOrder(values, mode));
    }
}
