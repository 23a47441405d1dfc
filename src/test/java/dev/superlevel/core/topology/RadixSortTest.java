package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

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

    /** Two slices must place every entry exactly where one thread would (stability across slices). */
    @Property(tries = 300)
    void twoSlicePrefixSortEqualsOneSliceSort(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 7) Integer> digits,
            @ForAll @IntRange(min = 0, max = 60) int lowBits) {
        long[] a = new long[digits.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = ((long) digits.get(k) << lowBits) * 0x9E3779B97F4A7C15L | k; // k rides in the low bits
        }
        long[] one = RadixSort.sortPrefixes(a.clone(), a.length, lowBits, 1);
        long[] two = RadixSort.sortPrefixes(a.clone(), a.length, lowBits, 2);
        assertArrayEquals(one, two);
    }

    /** Large enough for the two-thread path; ties, near-ties and undefined samples all over. */
    @Test
    void sweepOrderOfALargeFieldWithTiesAndHolesIsExact() {
        Random random = new Random(7);
        double[] values = new double[3 * RadixSort.PARALLEL_MIN + 17];
        for (int k = 0; k < values.length; k++) {
            int kind = random.nextInt(10);
            values[k] = kind == 0 ? Double.NaN
                    : kind < 4 ? random.nextInt(50) - 25.0
                    : kind < 6 ? 1.0 + random.nextInt(40) * Math.ulp(1.0)
                    : random.nextGaussian();
        }
        for (int k = 0; k < values.length / 2; k += 3) {
            values[k] = Double.NaN; // more holes in the first slice than in the second
        }
        for (SetMode mode : SetMode.values()) {
            assertArrayEquals(expectedOrder(values, mode), PersistenceSweep.sweepOrder(values, mode));
        }
    }
}
