package dev.superlevel.core.data;

import java.util.Locale;

/**
 * The hidden-layer non-linearity of an {@link MlpArchitecture}. Both derivatives are expressed through
 * the activation's output a (tanh' = 1 − a², relu' = [a &gt; 0]) so back-propagation needs no
 * pre-activations.
 */
public enum Activation {
    TANH("tanh"), RELU("relu");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException listing the accepted names */
    public static Activation parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Activation a : values()) {
            if (a.label.equals(n)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "', expected tanh or relu");
    }

    /** Replaces {@code v[from..to)} by the activation of each entry. */
    void applyInPlace(double[] v, int from, int to) {
        if (this == RELU) {
            for (int i = from; i < to; i++) {
                v[i] = Math.max(v[i], 0.0);
            }
        } else {
            for (int i = from; i < to; i++) {
                v[i] = tanh(v[i]);
            }
        }
    }

    /** Multiplies {@code grad[i]} by the activation's derivative, given its output {@code a[i]}. */
    void backInPlace(double[] grad, double[] a, int from, int to) {
        if (this == RELU) {
            for (int i = from; i < to; i++) {
                grad[i] = a[i] > 0 ? grad[i] : 0.0;
            }
        } else {
            for (int i = from; i < to; i++) {
                grad[i] *= 1.0 - a[i] * a[i];
            }
        }
    }

    /**
     * tanh(x) = −expm1(−2|x|) / (2 + expm1(−2|x|)) with the sign of x, branch-free and without a call:
     * JDK 17's {@link Math#tanh} is a native fdlibm call and even the {@link Math#exp} intrinsic is a
     * stub call, and this is the inner loop of every slice (h1 + h2 evaluations per row and sample).
     * expm1(t) = 2^k·q + (2^k − 1) with t = k·ln2 + r, |r| ≤ ln2/2 (Cody–Waite, ln2 split so k·LN2_HI is
     * exact) and q = expm1(r) by its Taylor series to r¹³ (truncation below 2e-17 relative). Working
     * through expm1 avoids the cancellation of 1 − e^t for small |x|. Relative error a few 1e-16,
     * ±1 from |x| ≥ 19.1 on (|x| is clamped at 20), tanh(±0) = ±0, NaN stays NaN.
     */
    static double tanh(double x) {
        double t = reducedArgument(x);
        double k = Math.rint(t * INV_LN2);
        return tanhFrom(x, expm1Reduced(t, k), k);
    }

    /**
     * The activation of {@code v[0..m)} in place, bit-identical to {@link #applyInPlace(double[], int,
     * int)}. For tanh the polynomial part runs in a loop of its own, which the JIT vectorises (the
     * 2^k step converts to long, which JDK 17 cannot vectorise, so it runs in a second, scalar loop);
     * {@code q} and {@code k} are scratch arrays of at least m entries.
     */
    void applyInPlace(double[] v, int m, double[] q, double[] k) {
        if (this == RELU) {
            applyInPlace(v, 0, m);
            return;
        }
        for (int i = 0; i < m; i++) {
            double t = reducedArgument(v[i]);
            double ki = Math.rint(t * INV_LN2);
            k[i] = ki;
            q[i] = expm1Reduced(t, ki);
        }
        for (int i = 0; i < m; i++) {
            v[i] = tanhFrom(v[i], q[i], k[i]);
        }
    }

    /** t = −2·min(|x|, 20), the argument of expm1. */
    private static double reducedArgument(double x) {
        return -2 * Math.min(Math.abs(x), SATURATION);
    }

    /** expm1(r) for r = t − k·ln2. */
    private static double expm1Reduced(double t, double k) {
        double r = (t - k * LN2_HI) - k * LN2_LO;
        double p = E2 + r * (E3 + r * (E4 + r * (E5 + r * (E6 + r * (E7 + r * (E8 + r * (E9
                + r * (E10 + r * (E11 + r * (E12 + r * E13))))))))));
        return r + r * r * p;
    }

    /** tanh(x) from q = expm1(r), t = k·ln2 + r: expm1(t) = 2^k·q + (2^k − 1). */
    private static double tanhFrom(double x, double q, double k) {
        double scale = Double.longBitsToDouble(((long) k + 1023) << 52);
        double em1 = scale * q + (scale - 1);
        return Math.copySign(-em1 / (2 + em1), x);
    }

    private static final double SATURATION = 20;
    private static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 = LN2_HI + LN2_LO; LN2_HI has 32 trailing zero bits (fdlibm's split). */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double E2 = 1.0 / 2;
    private static final double E3 = E2 / 3;
    private static final double E4 = E3 / 4;
    private static final double E5 = E4 / 5;
    private static final double E6 = E5 / 6;
    private static final double E7 = E6 / 7;
    private static final double E8 = E7 / 8;
    private static final double E9 = E8 / 9;
    private static final double E10 = E9 / 10;
    private static final double E11 = E10 / 11;
    private static final double E12 = E11 / 12;
    private static final double E13 = E12 / 13;
}
