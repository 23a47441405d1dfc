package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The accuracy of {@link FloatTanh} against {@link Math#tanh} (within 1 ulp of the true value, in double): every
 * 61st float of [0, 12] and its negative, about 3.6·10⁷ arguments. The exhaustive run over every float of
 * [−12, 12] ({@code dev.superlevel.bench.FloatTanhExhaustive}) measured 4.72 ulps at most.
 */
class FloatTanhTest {

    @Test
    void withinTheStatedFloatUlpsOfMathTanh() {
        double worst = 0;
        int top = Float.floatToIntBits(12f);
        for (int bits = 0; bits <= top; bits += 61) {
            float x = Float.intBitsToFloat(bits);
            for (float arg : new float[] {x, -x}) {
                double exact = Math.tanh(arg);
                double error = Math.abs(FloatTanh.tanh(arg) - exact) / Math.ulp((float) exact);
                worst = Math.max(worst, error);
            }
        }
        assertTrue(worst <= FloatTanh.MAX_ULPS, "max error " + worst + " float ulps");
        assertTrue(worst >= 1, "float round-off must show (" + worst + " ulps), else this compares nothing");
    }

    @Test
    void blockVersionIsBitIdenticalToTheScalarOne() {
        int m = 1000;
        float[] v = new float[m];
        float[] expected = new float[m];
        for (int i = 0; i < m; i++) {
            v[i] = (float) ((i - 500) * 0.0237 * (i % 3 + 1));
            expected[i] = FloatTanh.tanh(v[i]);
        }
        FloatTanh.applyInPlace(v, m, new float[m]);
        for (int i = 0; i < m; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(v[i]), "entry " + i);
        }
    }

    @Test
    void withoutTheClampTheSameBitsWithinSaturation() {
        int m = 4001;
        float[] v = new float[m];
        for (int i = 0; i < m; i++) {
            v[i] = FloatTanh.SATURATION * (i - 2000) / 2000f;
        }
        float[] clamped = v.clone();
        FloatTanh.applyInPlace(clamped, m, new float[m]);
        FloatTanh.applyInPlaceWithinSaturation(v, m, new float[m]);
        for (int i = 0; i < m; i++) {
            assertEquals(Float.floatToIntBits(clamped[i]), Float.floatToIntBits(v[i]), "entry " + i);
        }
    }

    @Test
    void saturatesToExactlyOneAndKeepsSignsZerosAndNaN() {
        for (float x = 9.1f; x < 40; x += 0.01f) {
            assertEquals(1f, FloatTanh.tanh(x), 0f, "x = " + x);
            assertEquals(-1f, FloatTanh.tanh(-x), 0f, "x = " + -x);
        }
        assertEquals(1f, FloatTanh.tanh(Float.POSITIVE_INFINITY), 0f);
        assertEquals(-1f, FloatTanh.tanh(Float.NEGATIVE_INFINITY), 0f);
        assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(FloatTanh.tanh(0f)));
        assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(FloatTanh.tanh(-0f)));
        assertTrue(Float.isNaN(FloatTanh.tanh(Float.NaN)));
        assertEquals(1e-30f, FloatTanh.tanh(1e-30f), 0f);
    }
}
