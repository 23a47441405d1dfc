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
 * (low 24 key bits, index) pairs packed into one long. 16 bytes per sample while sorting. From
 * {@link RadixSort#PARALLEL_MIN} samples on, packing, sorting and run finishing are split in two slices
 * (the second one in the common fork-join pool); the result is the same either way.
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
        return of(v, mode, null);
    }

    /**
     * The sweep order; if levels is non-null (length ≥ the number of defined samples) it also receives
     * the values in sweep order, gathered here by both threads so the single-threaded sweep reads
     * them sequentially instead of jumping around the field.
     */
    static int[] of(double[] v, SetMode mode, double[] levels) {
        if (v.length > (1 << INDEX_BITS)) {
            throw new IllegalArgumentException("sweep: at most 2^24 samples, got " + v.length);
        }
        int parts = v.length >= RadixSort.PARALLEL_MIN ? 2 : 1;
        long[] packed = new long[v.length];
        int n = pack(v, mode, packed, parts);
        long[] sorted = RadixSort.sortPrefixes(packed, n, INDEX_BITS, parts);
        int[] order = new int[n];
        int[] bounds = runBounds(sorted, n, parts);
        RadixSort.inParallel(parts, t -> finishRuns(sorted, bounds[t], bounds[t + 1], v, mode, order, levels));
        return order;
    }

    /**
     * Packs the defined samples (key prefix | index) into the first n entries of packed, in index
     * order, each slice of v by its own thread.
     *
     * @return n, the number of defined samples
     */
    private static int pack(double[] v, SetMode mode, long[] packed, int parts) {
        int[] bounds = new int[parts + 1];
        int[] filled = new int[parts];
        for (int t = 0; t <= parts; t++) {
            bounds[t] = (int) ((long) v.length * t / parts);
        }
        RadixSort.inParallel(parts, t -> {
            int m = bounds[t];
            for (int k = bounds[t]; k < bounds[t + 1]; k++) {
                if (Double.isFinite(v[k])) {
                    packed[m++] = (key(v[k], mode) & ~INDEX_MASK) | k;
                }
            }
            filled[t] = m - bounds[t];
        });
        int n = filled[0];
        for (int t = 1; t < parts; t++) {
            System.arraycopy(packed, bounds[t], packed, n, filled[t]); // closes the gaps left by undefined samples
            n += filled[t];
        }
        return n;
    }

    /** Cuts the sorted entries into parts slices at run boundaries (equal prefixes stay in one slice). */
    private static int[] runBounds(long[] a, int n, int parts) {
        int[] bounds = new int[parts + 1];
        for (int t = 1; t < parts; t++) {
            int s = Math.max(bounds[t - 1], (int) ((long) n * t / parts));
            while (s > 0 && s < n && (a[s] & ~INDEX_MASK) == (a[s - 1] & ~INDEX_MASK)) {
                s++;
            }
            bounds[t] = s;
        }
        bounds[parts] = n;
        return bounds;
    }

    /**
     * Orders each run of equal 40-bit prefixes in a[from, to) by the remaining key bits, then index,
     * and writes the indices to order[from, to).
     */
    private static void finishRuns(long[] a, int from, int to, double[] v, SetMode mode, int[] order,
            double[] levels) {
        int start = from;
        while (start < to) {
            long prefix = a[start] & ~INDEX_MASK;
            int end = start + 1;
            while (end < to && (a[end] & ~INDEX_MASK) == prefix) {
                end++;
            }
            if (end - start > 1) {
                finishRun(a, start, end, prefix, v, mode);
            }
            for (int r = start; r < end; r++) {
                int k = (int) (a[r] & INDEX_MASK);
                order[r] = k;
                if (levels != null) {
                    levels[r] = v[k];
                }
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
