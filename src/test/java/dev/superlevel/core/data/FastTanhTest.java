package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * The accuracy of {@link Activation#tanh} against {@link Math#tanh} (fdlibm, within 1 ulp of the true value),
 * measured on 1.4·10⁶ arguments: the bounds asserted here are the ones stated in its Javadoc and the README.
 */
class FastTanhTest {

    /** Largest error measured, in ulp of Math.tanh's result (the Javadoc's bound). */
    private static final double MAX_ULPS = 7;

    private double maxUlps;
    private double maxRelative;
    private double maxAbsolute;

    private void check(double x) {
        double expected = Math.tanh(x);
        double actual = Activation.tanh(x);
        double error = Math.abs(actual - expected);
        maxUlps = Math.max(maxUlps, error / Math.ulp(expected));
        maxAbsolute = Math.max(maxAbsolute, error);
        if (expected != 0) {
            maxRelative = Math.max(maxRelative, error / Math.abs(expected));
        }
    }

    @Test
    void errorAgainstMathTanhOnADenseGridAndAllMagnitudes() {
        int steps = 1_000_000;
        for (int i = 0; i <= steps; i++) {
            check(-25 + 50.0 * i / steps); // the curved part, the clamp at ±19.2 and the saturation region
        }
        Random random = new Random(4);
        for (int i = 0; i < 400_000; i++) {
            check(random.nextGaussian() * Math.pow(10, random.nextInt(16) - 12)); // 1e-12·N(0,1) … 1e3·N(0,1)
        }
        assertTrue(maxUlps <= MAX_ULPS, "max error " + maxUlps + " ulp");
        assertTrue(maxRelative <= 9.2e-16, "max relative error " + maxRelative);
        assertTrue(maxAbsolute <= 4.5e-16, "max absolute error " + maxAbsolute);
        assertTrue(maxUlps >= 1, "not bit-identical to Math.tanh, so the bound is measured, not trivially 0");
    }

    @Test
    void saturatesAtExactlyOneWhereMathTanhDoes() {
        for (double x = 19.07; x < 60; x += 0.001) {
            assertEquals(1.0, Math.tanh(x), 0.0);
            assertEquals(1.0, Activation.tanh(x), 0.0, "x = " + x);
            assertEquals(-1.0, Activation.tanh(-x), 0.0, "x = " + -x);
        }
        assertEquals(1.0, Activation.tanh(Double.MAX_VALUE), 0.0);
        assertEquals(1.0, Activation.tanh(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(-1.0, Activation.tanh(Double.NEGATIVE_INFINITY), 0.0);
    }

    @Test
    void signedZerosNaNAndSubnormals() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Activation.tanh(0.0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Activation.tanh(-0.0)));
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
        assertEquals(1e-310, Activation.tanh(1e-310), 0.0);
        assertEquals(-Double.MIN_VALUE, Activation.tanh(-Double.MIN_VALUE), 0.0);
    }

    @Test
    void blockVersionIsBitIdenticalOnTheGrid() {
        double[] v = new double[100_001];
        for (int i = 0; i < v.length; i++) {
            v[i] = -25 + 50.0 * i / (v.length - 1);
        }
        double[] expected = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            expected[i] = Activation.tanh(v[i]);
        }
        Activation.TANH.applyInPlace(v, v.length, new double[v.length], new double[v.length]);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(v[i]), "entry " + i);
        }
    }
}
