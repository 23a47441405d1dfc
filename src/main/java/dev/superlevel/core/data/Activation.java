package dev.superlevel.core.data;

import java.util.Locale;

/**
 * The hidden-layer non-linearity of an {@link MlpArchitecture}. Both derivatives are expressed through
 * the activation's output a (tanh' = 1 − a², relu' = [a &gt; 0]) so back-propagation needs no
 * pre-activations.
 */
public enum Activation {
    TANH("tanh"), RELU("relu");

    /** Below this |x| tanh uses its Taylor series; above, (1 − e)/(1 + e) with e = exp(−2|x|). */
    private static final double TAYLOR_LIMIT = 0.04;

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
     * tanh through the intrinsic {@link Math#exp} (JDK 17's {@link Math#tanh} is a native fdlibm call,
     * several times slower, and it is the inner loop of every slice). Relative error a few 1e-15,
     * exact sign, ±1 in the limit, tanh(±0) = ±0.
     */
    static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax < TAYLOR_LIMIT) {
            double x2 = x * x;
            // x − x³/3 + 2x⁵/15 − 17x⁷/315 + 62x⁹/2835; the next term is below 1e-17·|x| here
            return x * (1 + x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315 + x2 * (62.0 / 2835)))));
        }
        double e = Math.exp(-2 * ax);
        return Math.copySign((1 - e) / (1 + e), x);
    }
}
