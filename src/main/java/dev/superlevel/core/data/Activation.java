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
     * exact) and q = expm1(r) by its Taylor series to r¹³ (truncation below 2e-17 relative), fused
     * multiply-adds throughout ({@link BlockMath#expm1Reduced}). Working
     * through expm1 avoids the cancellation of 1 − e^t for small |x|. Relative error a few 1e-16,
     * ±1 from |x| ≥ 19.1 on (|x| is clamped at 20), tanh(±0) = ±0, NaN stays NaN.
     */
    static double tanh(double x) {
        double t = reducedArgument(x);
        double k = Math.rint(t * BlockMath.INV_LN2);
        return tanhFrom(x, BlockMath.expm1Reduced(t, k), k);
    }

    /**
     * The activation of {@code v[0..m)} in place, bit-identical to {@link #applyInPlace(double[], int,
     * int)}. For tanh the arithmetic runs in loops the JIT vectorises: first q = expm1(r) and k, last
     * em1 = 2^k·q + (2^k − 1) and |em1| / (2 + em1) times the sign. Between them a short scalar loop
     * turns k into 2^k and x into ±1 (bit moves, which JDK 17 cannot vectorise). |em1| equals −em1
     * except at em1 = −0, where it gives tanh(+0) = +0. {@code q} and {@code k} are scratch arrays of at
     * least m entries.
     */
    void applyInPlace(double[] v, int m, double[] q, double[] k) {
        if (this == RELU) {
            applyInPlace(v, 0, m);
            return;
        }
        for (int i = 0; i < m; i++) {
            double t = reducedArgument(v[i]);
            double ki = Math.rint(t * BlockMath.INV_LN2);
            k[i] = ki;
            q[i] = BlockMath.expm1Reduced(t, ki);
        }
        for (int i = 0; i < m; i++) {
            k[i] = BlockMath.powerOfTwo(k[i]);
            v[i] = Math.copySign(1.0, v[i]);
        }
        for (int i = 0; i < m; i++) {
            double scale = k[i];
            double em1 = Math.fma(scale, q[i], scale - 1);
            v[i] = Math.abs(em1) / (2 + em1) * v[i];
        }
    }

    /** t = −2·min(|x|, 20), the argument of expm1. */
    private static double reducedArgument(double x) {
        return -2 * Math.min(Math.abs(x), SATURATION);
    }

    /** tanh(x) from q = expm1(r), t = k·ln2 + r: expm1(t) = 2^k·q + (2^k − 1), one rounding (fma). */
    private static double tanhFrom(double x, double q, double k) {
        double scale = BlockMath.powerOfTwo(k);
        double em1 = Math.fma(scale, q, scale - 1);
        return Math.copySign(-em1 / (2 + em1), x);
    }

    private static final double SATURATION = 20;
}
