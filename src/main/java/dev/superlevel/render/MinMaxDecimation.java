package dev.superlevel.render;

/**
 * Thins a per-step curve for drawing: when it has more than {@code 2·buckets} points, each run of
 * ⌈n/buckets⌉ consecutive steps keeps only its minimum and maximum (in step order), so the drawn
 * envelope, every spike and the extreme values are unchanged while a 10⁶-step run costs a few thousand
 * segments. Non-finite values are skipped; a bucket with no finite value becomes one NaN (a gap).
 * Stateless.
 */
final class MinMaxDecimation {

    private MinMaxDecimation() {
    }

    /** The kept points: {@code [0]} = steps, {@code [1]} = values, of equal length. */
    static double[][] apply(double[] v, int buckets) {
        int n = v.length;
        if (n <= 2 * buckets) {
            double[] steps = new double[n];
            for (int t = 0; t < n; t++) {
                steps[t] = t;
            }
            return new double[][] {steps, v.clone()};
        }
        int size = (n + buckets - 1) / buckets;
        double[] steps = new double[2 * buckets];
        double[] values = new double[2 * buckets];
        int m = 0;
        for (int start = 0; start < n; start += size) {
            int lo = -1;
            int hi = -1;
            for (int t = start; t < Math.min(n, start + size); t++) {
                if (Double.isFinite(v[t])) {
                    lo = lo < 0 || v[t] < v[lo] ? t : lo;
                    hi = hi < 0 || v[t] > v[hi] ? t : hi;
                }
            }
            if (lo < 0) {
                steps[m] = start;
                values[m++] = Double.NaN;
            } else {
                int first = Math.min(lo, hi);
                int second = Math.max(lo, hi);
                steps[m] = first;
                values[m++] = v[first];
                if (second != first) {
                    steps[m] = second;
                    values[m++] = v[second];
                }
            }
        }
        return new double[][] {java.util.Arrays.copyOf(steps, m), java.util.Arrays.copyOf(values, m)};
    }
}
