package dev.superlevel.core.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;

/**
 * Stable LSD radix sort of (64-bit key, int payload) pairs, 11-bit digits (six passes at most; a pass
 * whose digit is the same for every key is skipped). Keys compare as unsigned longs. Stability is what
 * keeps equal values in sample-index order, which the elder rule's tie-break relies on.
 */
final class RadixSort {

    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    private RadixSort() {
    }

    /**
     * A key whose unsigned order is the numeric order of v (v finite; −0.0 is folded onto +0.0 so equal
     * values get equal keys).
     */
    static long ascendingKey(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE) ^ Long.MIN_VALUE;
    }

    /** A key whose unsigned order is the reverse numeric order of v. */
    static long descendingKey(double v) {
        return ~ascendingKey(v);
    }

    /**
     * Sorts the first n entries of keys ascending (unsigned), moving the payloads along; ties keep
     * their input order. Both arrays are overwritten.
     *
     * @return the first n payloads in sorted order (an array of length n)
     */
    static int[] sort(long[] keys, int[] payload, int n) {
        int[][] counts = histograms(keys, n);
        long[] srcKeys = keys;
        int[] srcPay = payload;
        long[] dstKeys = null;
        int[] dstPay = null;
        for (int pass = 0; pass < PASSES; pass++) {
            int[] count = counts[pass];
            if (isTrivial(count, n)) {
                continue;
            }
            if (dstKeys == null) {
                dstKeys = new long[n];
                dstPay = new int[n];
            }
            scatter(srcKeys, srcPay, dstKeys, dstPay, n, pass * BITS, count);
            long[] tk = srcKeys;
            srcKeys = dstKeys;
            dstKeys = tk;
            int[] tp = srcPay;
            srcPay = dstPay;
            dstPay = tp;
        }
        return srcPay.length == n ? srcPay : Arrays.copyOf(srcPay, n);
    }

    /** Digit width of {@link #sortPrefixes}: four passes cover the 40 prefix bits. */
    private static final int PREFIX_BITS = 10;
    private static final int PREFIX_BUCKETS = 1 << PREFIX_BITS;
    /** Below this many entries one thread sorts: forking would cost more than it saves. */
    static final int PARALLEL_MIN = 1 << 16;

    /**
     * Stable sort of the first n longs of a by their bits {@code lowBits} … 63 (unsigned), ignoring
     * the low bits, which ride along (they carry a payload). Passes whose digit is constant are skipped.
     * Large inputs are sorted by two threads (see {@link #sortPrefixes(long[], int, int, int)}).
     *
     * @return the sorted longs (a or a new buffer of length n)
     */
    static long[] sortPrefixes(long[] a, int n, int lowBits) {
        return sortPrefixes(a, n, lowBits, n >= PARALLEL_MIN ? 2 : 1);
    }

    /**
     * {@link #sortPrefixes(long[], int, int)} with the input cut into {@code parts} contiguous slices
     * (1 or 2). Each pass counts the digits of every slice, then every slice scatters its entries to
     * the positions after those of the same digit from earlier slices — exactly the positions a
     * single-threaded stable pass would choose, so the result does not depend on {@code parts}. Slices
     * after the first run in the common fork-join pool.
     */
    static long[] sortPrefixes(long[] a, int n, int lowBits, int parts) {
        int passes = (64 - lowBits + PREFIX_BITS - 1) / PREFIX_BITS;
        int[] bounds = new int[parts + 1];
        for (int t = 0; t <= parts; t++) {
            bounds[t] = (int) ((long) n * t / parts);
        }
        int[][] starts = new int[parts][PREFIX_BUCKETS];
        long[] src = a;
        long[] dst = null;
        for (int pass = 0; pass < passes; pass++) {
            int shift = lowBits + pass * PREFIX_BITS;
            long[] from = src;
            inParallel(parts, t -> countDigits(from, bounds[t], bounds[t + 1], shift, starts[t]));
            if (!toStarts(starts, n)) {
                continue; // every entry has the same digit
            }
            if (dst == null) {
                dst = new long[n];
            }
            long[] to = dst;
            inParallel(parts, t -> scatterPrefixes(from, bounds[t], bounds[t + 1], to, shift, starts[t]));
            dst = src;
            src = to;
        }
        return src;
    }

    private static void countDigits(long[] a, int from, int to, int shift, int[] count) {
        Arrays.fill(count, 0);
        for (int k = from; k < to; k++) {
            count[(int) (a[k] >>> shift) & (PREFIX_BUCKETS - 1)]++;
        }
    }

    /**
     * Turns per-slice digit counts into per-slice start positions (digit-major, then slice order).
     *
     * @return false if one digit holds all n entries (the pass would not move anything)
     */
    private static boolean toStarts(int[][] counts, int n) {
        int sum = 0;
        for (int b = 0; b < PREFIX_BUCKETS; b++) {
            int digitStart = sum;
            for (int[] count : counts) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            if (sum - digitStart == n) {
                return false;
            }
        }
        return true;
    }

    private static void scatterPrefixes(long[] src, int from, int to, long[] dst, int shift, int[] start) {
        for (int k = from; k < to; k++) {
            long x = src[k];
            dst[start[(int) (x >>> shift) & (PREFIX_BUCKETS - 1)]++] = x;
        }
    }

    /** Runs body(0) … body(parts − 1), slices after the first in the common fork-join pool. */
    static void inParallel(int parts, IntConsumer body) {
        if (parts == 1) {
            body.accept(0);
            return;
        }
        List<ForkJoinTask<?>> forked = new ArrayList<>();
        for (int t = 1; t < parts; t++) {
            int slice = t;
            forked.add(ForkJoinTask.adapt(() -> body.accept(slice)).fork());
        }
        body.accept(0);
        for (ForkJoinTask<?> task : forked) {
            task.join();
        }
    }

    private static int[][] histograms(long[] keys, int n) {
        int[][] counts = new int[PASSES][BUCKETS];
        for (int k = 0; k < n; k++) {
            long key = keys[k];
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][(int) (key >>> (pass * BITS)) & (BUCKETS - 1)]++;
            }
        }
        return counts;
    }

    private static boolean isTrivial(int[] count, int n) {
        for (int c : count) {
            if (c == n) {
                return true;
            }
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    private static void scatter(long[] srcKeys, int[] srcPay, long[] dstKeys, int[] dstPay, int n,
            int shift, int[] count) {
        int[] start = new int[BUCKETS];
        int sum = 0;
        for (int b = 0; b < BUCKETS; b++) {
            start[b] = sum;
            sum += count[b];
        }
        for (int k = 0; k < n; k++) {
            long key = srcKeys[k];
            int pos = start[(int) (key >>> shift) & (BUCKETS - 1)]++;
            dstKeys[pos] = key;
            dstPay[pos] = srcPay[k];
        }
    }
}
