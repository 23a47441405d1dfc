package dev.superlevel.core.topology;

import java.util.Arrays;

/**
 * The order in which {@link PersistenceSweep} activates samples: defined samples by value from the
 * extreme end (superlevel: descending, sublevel: ascending), equal values by ascending sample index.
 *
 * <p>Each sample becomes one long: the top 40 bits of its 64-bit order-preserving key, then its 24-bit
 * index (grids have at most 4096² = 2²⁴ samples). A stable LSD radix sort on the 40 key bits (four
 * 10-bit passes over 8-byte elements) does almost all the work; samples whose keys share those 40 bits
 * (a relative difference below ~10⁻⁸, or truly equal values) form runs that are finished by sorting
 * (low 24 key bits, index) pairs packed into one long. 16 bytes per sample while sorting.
 */
final class SweepOrder {

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private SweepOrder() {
    }

    static long key(double value, SetMode mode) {
        return mode == SetMode.SUPERLEVEL ? RadixSort.descendingKey(value) : RadixSort.ascendingKey(value);
    }

    static int[] of(double[] v, SetMode mode) {
        if (v.length > (1 << INDEX_BITS)) {
            throw new IllegalArgumentException("sweep: at most 2^24 samples, got " + v.length);
        }
        long[] packed = new long[v.length];
        int n = 0;
        for (int k = 0; k < v.length; k++) {
            if (Double.isFinite(v[k])) {
                packed[n++] = (key(v[k], mode) & ~INDEX_MASK) | k;
            }
        }
        long[] sorted = RadixSort.sortPrefixes(packed, n, INDEX_BITS);
        finishRuns(sorted, n, v, mode);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) (sorted[r] & INDEX_MASK);
        }
        return order;
    }

    /** Orders each run of equal 40-bit prefixes by the remaining key bits, then index. */
    private static void finishRuns(long[] a, int n, double[] v, SetMode mode) {
        int start = 0;
        while (start < n) {
            long prefix = a[start] & ~INDEX_MASK;
            int end = start + 1;
            while (end < n && (a[end] & ~INDEX_MASK) == prefix) {
                end++;
            }
            if (end - start > 1) {
                finishRun(a, start, end, prefix, v, mode);
            }
            start = end;
        }
    }

    /** Short runs (typically exact ties from symmetric grids) are insertion-sorted in place. */
    private static final int SHORT_RUN = 16;

    private static void finishRun(long[] a, int start, int end, long prefix, double[] v, SetMode mode) {
        if (end - start <= SHORT_RUN) {
            for (int r = start + 1; r < end; r++) {
                long x = a[r];
                long cx = remainder(x, v, mode);
                int s = r - 1;
                while (s >= start && remainder(a[s], v, mode) > cx) {
                    a[s + 1] = a[s];
                    s--;
                }
                a[s + 1] = x;
            }
            return;
        }
        long[] run = new long[end - start];
        for (int r = start; r < end; r++) {
            run[r - start] = remainder(a[r], v, mode);
        }
        Arrays.sort(run);
        for (int r = start; r < end; r++) {
            a[r] = prefix | (run[r - start] & INDEX_MASK);
        }
    }

    /** (low 24 key bits, index) of a packed entry as one non-negative long: the order within a run. */
    private static long remainder(long packed, double[] v, SetMode mode) {
        int k = (int) (packed & INDEX_MASK);
        return ((key(v[k], mode) & INDEX_MASK) << INDEX_BITS) | k;
    }
}
