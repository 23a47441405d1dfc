package dev.superlevel.core.analysis;

/** Log-spaced learning rates for a fair comparison (SPEC §3.1 {@code compare --lr-sweep MIN,MAX,K}). */
public final class LearningRateSweep {

    /** The largest accepted number of rates per optimizer. */
    public static final int MAX_COUNT = 1000;

    private LearningRateSweep() {
    }

    /**
     * K rates from min to max inclusive, evenly spaced in log: lr_k = exp(ln min + k·(ln max − ln min)/(K − 1));
     * the ends are min and max exactly. K = 1 gives {min} and then requires min = max.
     *
     * @throws IllegalArgumentException unless 0 &lt; min ≤ max are finite and 1 ≤ K ≤ {@value #MAX_COUNT}
     */
    public static double[] logSpaced(double min, double max, int count) {
        if (!(min > 0 && max >= min && Double.isFinite(max))) {
            throw new IllegalArgumentException("learning-rate sweep needs 0 < MIN <= MAX, got " + min + "," + max);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("learning-rate sweep needs 1 <= K <= " + MAX_COUNT + ", got " + count);
        }
        if (count == 1 && min != max) {
            throw new IllegalArgumentException("a sweep of one rate needs MIN = MAX, got " + min + "," + max);
        }
        double[] rates = new double[count];
        double lo = Math.log(min);
        double step = count == 1 ? 0 : (Math.log(max) - lo) / (count - 1);
        for (int k = 0; k < count; k++) {
            rates[k] = Math.exp(lo + k * step);
        }
        rates[0] = min;
        rates[count - 1] = max;
        return rates;
    }
}
