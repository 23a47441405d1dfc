package dev.superlevel.core.data;

/**
 * tanh in single precision over a block of values, for {@link FloatForward}: plain float arithmetic that
 * JDK 17's C2 vectorises 16 lanes wide (AVX-512) or 8 (AVX2), where {@link Math#tanh} is a double-precision
 * call per value. x is clamped to ±{@value #SATURATION}, then
 * <ol>
 * <li>tanh(s), s = x/4 (|s| ≤ 2.3), as p/q: the [5/4] Padé approximant s·(945 + 105s² + s⁴)/(945 + 420s² +
 * 15s⁴), the 5th convergent of Lambert's continued fraction, written in x with coefficients that are exact
 * in float (integers times powers of two); truncation below 1.1e-9 relative, 1/60 of a float ulp;</li>
 * <li>two doublings tanh(2u) = 2t/(1 + t²) on numerator and denominator, (p, q) → (2pq, p² + q²), without a
 * division (condition number (1 − t²)/(1 + t²) ≤ 1: relative errors do not grow); q stays within
 * [8.9e5, 1.6e15], far from float's overflow;</li>
 * <li>one division.</li>
 * </ol>
 * Error against {@link Math#tanh}, measured on every float in [−12, 12] ({@code FloatTanhExhaustive} in the tests, a
 * two-minute run; {@code FloatTanhTest} checks every 61st): at most 4.72 float ulps of the correctly rounded
 * result, relative error ≤ 3.5e-7, the worst near |x| ≈ 0.1 where the six roundings of the doublings add up;
 * ±1 exactly from |x| ≥ 9.1; tanh(±0) = ±0, NaN stays NaN, ±∞ gives ±1. Stateless and thread-safe.
 */
final class FloatTanh {

    /** The measured error bound, in float ulps of the result (FloatTanhTest checks it). */
    static final int MAX_ULPS = 5;
    /** Beyond 9.01, tanh(x) rounds to ±1 in float; clamping a little further out changes nothing. */
    static final float SATURATION = 9.1f;

    private FloatTanh() {
    }

    /** tanh(x) in float, the same operations as {@link #applyInPlace}. */
    static float tanh(float x) {
        float c = clamp(x);
        float y = c * c;
        return doublings(c * numeratorOfSquare(y), denominatorOfSquare(y));
    }

    /**
     * tanh of {@code v[0..m)} in place, bit-identical to {@link #tanh}: the clamp and square, the two
     * polynomials, then the doublings and the division, as loops small enough for C2 to vectorise.
     * {@code q} is scratch of at least m entries.
     */
    static void applyInPlace(float[] v, int m, float[] q) {
        for (int i = 0; i < m; i++) {
            float c = clamp(v[i]);
            float y = c * c;
            q[i] = denominatorOfSquare(y);
            v[i] = c * numeratorOfSquare(y);
        }
        for (int i = 0; i < m; i++) {
            v[i] = doublings(v[i], q[i]);
        }
    }

    /**
     * {@link #applyInPlace} for values known to lie within ±{@value #SATURATION} (or NaN), where the clamp
     * changes nothing: the same bits without it. Java's Math.min and Math.max must order NaN and −0, so C2
     * vectorises each as several instructions; without them the loop runs a third faster.
     */
    static void applyInPlaceWithinSaturation(float[] v, int m, float[] q) {
        for (int i = 0; i < m; i++) {
            float c = v[i];
            float y = c * c;
            q[i] = denominatorOfSquare(y);
            v[i] = c * numeratorOfSquare(y);
        }
        for (int i = 0; i < m; i++) {
            v[i] = doublings(v[i], q[i]);
        }
    }

    private static float clamp(float x) {
        return Math.max(-SATURATION, Math.min(x, SATURATION));
    }

    /** 945/4 + (105/4³)·x² + (1/4⁵)·x⁴: the numerator over x, in x = 4s. */
    private static float numeratorOfSquare(float y) {
        return Math.fma(Math.fma(N4, y, N2), y, N0);
    }

    /** 945 + (420/4²)·x² + (15/4⁴)·x⁴. */
    private static float denominatorOfSquare(float y) {
        return Math.fma(Math.fma(D4, y, D2), y, D0);
    }

    private static float doublings(float p, float q) {
        float p1 = (p + p) * q;
        float q1 = Math.fma(p, p, q * q);
        float p2 = (p1 + p1) * q1;
        float q2 = Math.fma(p1, p1, q1 * q1);
        return p2 / q2;
    }

    private static final float N0 = 945f / 4;
    private static final float N2 = 105f / 64;
    private static final float N4 = 1f / 1024;
    private static final float D0 = 945f;
    private static final float D2 = 420f / 16;
    private static final float D4 = 15f / 256;
}
