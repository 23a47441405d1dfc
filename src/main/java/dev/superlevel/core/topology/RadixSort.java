package dev.superlevel.core.topology;

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
        return srcPay.length == n ? srcPay : java.util.Arrays.copyOf(srcPay, n);
    }

    /** Digit width of {@link #sortPrefixes}: four passes cover the 40 prefix bits. */
    private static final int PREFIX_BITS = 10;

    /**
     * Stable sort of the first n longs of a by their bits {@code lowBits} … 63 (unsigned), ignoring
     * the low bits, which ride along (they carry a payload). Passes whose digit is constant are skipped.
     *
     * @return the sorted longs (a or a new buffer of length n)
     */
    static long[] sortPrefixes(long[] a, int n, int lowBits) {
        int passes = (64 - lowBits + PREFIX_BITS - 1) / PREFIX_BITS;
        int buckets = 1 << PREFIX_BITS;
        int[][] counts = new int[passes][buckets];
        for (int k = 0; k < n; k++) {
            long x = a[k] >>> lowBits;
            for (int pass = 0; pass < passes; pass++) {
                counts[pass][(int) (x >>> (pass * PREFIX_BITS)) & (buckets - 1)]++;
            }
        }
        long[] src = a;
        long[] dst = null;
        for (int pass = 0; pass < passes; pass++) {
            int[] count = counts[pass];
            if (isTrivial(count, n)) {
                continue;
            }
            if (dst == null) {
                dst = new long[n];
            }
            int shift = lowBits + pass * PREFIX_BITS;
            int[] start = new int[buckets];
            int sum = 0;
            for (int b = 0; b < buckets; b++) {
                start[b] = sum;
                sum += count[b];
            }
            for (int k = 0; k < n; k++) {
                long x = src[k];
                dst[start[(int) (x >>> shift) & (buckets - 1)]++] = x;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        return src;
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
