package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

class MinMaxDecimationTest {

    @Test
    void shortCurvesAreKeptWhole() {
        double[] v = {3, 1, 4, 1, 5};
        double[][] kept = MinMaxDecimation.apply(v, 10);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, kept[0]);
        assertArrayEquals(v, kept[1]);
    }

    @Test
    void aSingleSpikeInALongCurveSurvives() {
        double[] v = new double[100_000];
        v[73_311] = 9.5;
        double[][] kept = MinMaxDecimation.apply(v, 100);
        assertTrue(kept[0].length <= 200, "kept " + kept[0].length);
        int at = Arrays.binarySearch(kept[0], 73_311);
        assertTrue(at >= 0, "the spike's step is kept");
        assertEquals(9.5, kept[1][at]);
    }

    @Test
    void aBucketWithoutFiniteValuesBecomesAGap() {
        double[] v = new double[40];
        Arrays.fill(v, 0, 20, Double.NaN);
        double[][] kept = MinMaxDecimation.apply(v, 4);
        assertTrue(Double.isNaN(kept[1][0]));
        assertEquals(0.0, kept[0][0]);
    }

    @Property
    void keptPointsAreInStepOrderWithinBoundsAndKeepTheExtremes(@ForAll @IntRange(min = 1, max = 5000) int n,
            @ForAll @IntRange(min = 1, max = 300) int buckets) {
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = Math.sin(t * 0.37) * (t % 17);
        }
        double[][] kept = MinMaxDecimation.apply(v, buckets);
        net.jqwik.api.statistics.Statistics.label("curve").collect(n > 2 * buckets ? "decimated" : "kept whole");
        net.jqwik.api.statistics.Statistics.label("curve").coverage(c -> c.check("decimated").count(k -> k >= 500)); // ~650 of 1000
        assertTrue(kept[0].length <= Math.max(n, 2 * buckets));
        for (int k = 1; k < kept[0].length; k++) {
            assertTrue(kept[0][k] > kept[0][k - 1], "steps increase");
        }
        for (int k = 0; k < kept[0].length; k++) {
            assertEquals(v[(int) kept[0][k]], kept[1][k], "values are the curve's own");
        }
        assertEquals(Arrays.stream(v).max().orElseThrow(), Arrays.stream(kept[1]).max().orElseThrow());
        assertEquals(Arrays.stream(v).min().orElseThrow(), Arrays.stream(kept[1]).min().orElseThrow());
    }
}
