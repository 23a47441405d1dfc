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
            relu(v, from, to);
        } else {
            for (int i = from; i < to; i++) {
                v[i] = tanh(v[i]);
            }
        }
    }

    /**
     * max(v[i], 0) in place: its own small method, so that code the JIT compiled while a tanh network ran
     * (a large inlined tanh) does not slow a later relu network down (measured 1.2–1.6× without).
     */
    private static void relu(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            v[i] = Math.max(v[i], 0.0);
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
     * tanh(x) without a call and without bit moves, so that a loop over a block of rows is plain
     * arithmetic the JIT vectorises (JDK 17's {@link Math#tanh} is a native fdlibm call; an exp-based form
     * needs 2^k, a bit move JDK 17 cannot vectorise). x is clamped to ±{@value #SATURATION}, then
     * <ol>
     * <li>tanh(s), s = x/8 (|s| ≤ 2.4), as p/q: the [13/14] Padé approximant, i.e. the 14th convergent
     * of Lambert's continued fraction s/(1 + s²/(3 + s²/(5 + …))), integer coefficients below 2^48 times
     * powers of 1/8, exact in double (truncation below 4e-21 relative for |s| ≤ 2.4);</li>
     * <li>three doublings tanh(2u) = 2t/(1 + t²) on numerator and denominator, (p, q) → (2pq, p² + q²),
     * without a division: t ↦ 2t/(1 + t²) has condition number (1 − t²)/(1 + t²) ≤ 1, so relative
     * errors do not grow (each step adds its own roundings); q stays within [2.1e14, 1e126];</li>
     * <li>the last denominator as |2pq| + (q − |p|)², which equals |2pq| in double once q − |p| is below
     * 1e-8·q, so large |x| give exactly ±1; one division.</li>
     * </ol>
     * Error against {@link Math#tanh} (measured on 1.4·10⁶ points: a grid of step 5e-5 on [−25, 25] and
     * 4·10⁵ random magnitudes 1e-12 to 1e3, {@code FastTanhTest}): at most 7 ulp of the result, relative
     * error ≤ 9.2e-16, absolute ≤ 4.5e-16 (Math.tanh itself is within 1 ulp of tanh); ±1 exactly from |x| ≥ 19.07 on (where
     * {@link Math#tanh} rounds to ±1 too), tanh(±0) = ±0, NaN stays NaN, ±∞ gives ±1.
     */
    static double tanh(double x) {
        double c = clamp(x);
        return doublings(numerator(c), denominator(c));
    }

    private static double clamp(double x) {
        return Math.max(-SATURATION, Math.min(x, SATURATION));
    }

    private static double numerator(double c) {
        return c * numeratorOfSquare(c * c);
    }

    private static double numeratorOfSquare(double y) {
        return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(P13, y, P11), y, P9), y, P7), y, P5), y, P3),
                y, P1);
    }

    private static double denominator(double c) {
        return denominatorOfSquare(c * c);
    }

    private static double denominatorOfSquare(double y) {
        return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Q14, y, Q12), y, Q10), y, Q8), y, Q6), y,
                Q4), y, Q2), y, Q0);
    }

    private static double doublings(double p, double q) {
        double p1 = (p + p) * q;
        double q1 = Math.fma(p, p, q * q);
        double p2 = (p1 + p1) * q1;
        double q2 = Math.fma(p1, p1, q1 * q1);
        double gap = q2 - Math.abs(p2);
        double p3 = (p2 + p2) * q2;
        return p3 / Math.fma(gap, gap, Math.abs(p3));
    }

    /**
     * The activation of {@code v[0..m)} in place, bit-identical to {@link #applyInPlace(double[], int,
     * int)}: {@link #tanh}'s steps as four loops, the clamp and square, the denominator, the numerator, the
     * doublings and division. Each loop body is small enough for C2 to unroll and vectorise it (one loop
     * over the whole of tanh measured 15 % slower; its polynomials in Estrin's form instead of Horner's,
     * too large to vectorise at all, 3× slower). {@code q} and {@code k} are scratch of at least m
     * entries.
     */
    void applyInPlace(double[] v, int m, double[] q, double[] k) {
        if (this == RELU) {
            relu(v, 0, m);
            return;
        }
        for (int i = 0; i < m; i++) {
            double c = clamp(v[i]);
            v[i] = c;
            k[i] = c * c;
        }
        for (int i = 0; i < m; i++) {
            q[i] = denominatorOfSquare(k[i]);
        }
        for (int i = 0; i < m; i++) {
            v[i] = v[i] * numeratorOfSquare(k[i]);
        }
        for (int i = 0; i < m; i++) {
            v[i] = doublings(v[i], q[i]);
        }
    }

    /** Beyond this |x|, tanh(x) rounds to ±1 (from 19.07 on), so clamping there changes nothing. */
    static final double SATURATION = 19.2;
    /**
     * p(x) = x·(P1 + P3·x² + … + P13·x¹²) and q(x) = Q0 + Q2·x² + … + Q14·x¹⁴: Lambert's 14th convergent
     * of tanh(x/8), the integer coefficients (sympy) of x^k scaled by 8^−k.
     */
    private static final double P1 = 213458046676875.0 * 0x1p-3;
    private static final double P3 = 31623414322500.0 * 0x1p-9;
    private static final double P5 = 1159525191825.0 * 0x1p-15;
    private static final double P7 = 15713497800.0 * 0x1p-21;
    private static final double P9 = 87297210.0 * 0x1p-27;
    private static final double P11 = 185640.0 * 0x1p-33;
    private static final double P13 = 105.0 * 0x1p-39;
    private static final double Q0 = 213458046676875.0;
    private static final double Q2 = 102776096548125.0 * 0x1p-6;
    private static final double Q4 = 6957151150950.0 * 0x1p-12;
    private static final double Q6 = 151242416325.0 * 0x1p-18;
    private static final double Q8 = 1309458150.0 * 0x1p-24;
    private static final double Q10 = 4594590.0 * 0x1p-30;
    private static final double Q12 = 5460.0 * 0x1p-36;
    private static final double Q14 = 0x1p-42;
}
