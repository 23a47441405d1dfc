package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

class BlockMathTest {

    @Test
    void addExpAgreesWithMathExpOnNonPositiveArguments() {
        Random random = new Random(21);
        int m = 1000;
        double[] z = new double[m];
        double[] shift = new double[m];
        double[] acc = new double[m];
        for (int r = 0; r < m; r++) {
            z[r] = -Math.abs(random.nextGaussian()) * Math.pow(10, random.nextInt(5) - 2);
            shift[r] = random.nextGaussian();
            z[r] += shift[r];
            acc[r] = r % 3;
        }
        BlockMath.addExp(z, shift, m, acc, new double[m], new double[m]);
        for (int r = 0; r < m; r++) {
            double expected = r % 3 + Math.exp(z[r] - shift[r]);
            assertEquals(expected, acc[r], 4e-16 * expected, "row " + r);
        }
    }

    @Test
    void addExpOfZeroIsExactlyOneAndTinyOrNaNTermsBehave() {
        double[] z = {0, -800, Double.NEGATIVE_INFINITY, Double.NaN};
        double[] acc = new double[4];
        BlockMath.addExp(z, new double[4], 4, acc, new double[4], new double[4]);
        assertEquals(1.0, acc[0], 0.0);
        assertTrue(acc[1] > 0 && acc[1] < 1e-300, "e^-800 is below 1e-300, got " + acc[1]);
        assertTrue(acc[2] < 1e-300, "e^-inf adds nothing visible, got " + acc[2]);
        assertTrue(Double.isNaN(acc[3]));
    }

    @Test
    void logAgreesWithMathLogOverTheRangeOfALogSumExp() {
        Random random = new Random(22);
        int m = 1000;
        double[] v = new double[m];
        double[] expected = new double[m];
        for (int r = 0; r < m; r++) {
            v[r] = 1 + random.nextDouble() * (r % 2 == 0 ? 1 : 99);
            expected[r] = Math.log(v[r]);
        }
        v[0] = 1;
        expected[0] = 0;
        v[1] = Math.sqrt(2);
        expected[1] = Math.log(v[1]);
        BlockMath.logInPlace(v, m, new double[m], new double[m]);
        assertEquals(0.0, v[0], 0.0);
        for (int r = 1; r < m; r++) {
            assertEquals(expected[r], v[r], 7e-16 * expected[r], "entry " + r);
        }
    }

    @Test
    void logOfNaNIsNaN() {
        double[] v = {Double.NaN, 2};
        BlockMath.logInPlace(v, 2, new double[2], new double[2]);
        assertTrue(Double.isNaN(v[0]));
        assertEquals(Math.log(2), v[1], 2e-16);
    }

    @Test
    void softplusAgreesWithMathOverTheWholeRangeOfLogitDifferences() {
        Random random = new Random(23);
        int m = 4000;
        double[] v = new double[m];
        double[] expected = new double[m];
        for (int r = 0; r < m; r++) {
            v[r] = r < 3000 ? (random.nextDouble() - 0.5) * 1480 : random.nextGaussian() * Math.pow(10, r % 8 - 6);
            expected[r] = Math.max(v[r], 0) + Math.log1p(Math.exp(-Math.abs(v[r]))); // each within 1 ulp
        }
        BlockMath.softplusInPlace(v, m, new double[m]);
        double worst = 0;
        for (int r = 0; r < m; r++) {
            if (expected[r] > Double.MIN_NORMAL) {
                worst = Math.max(worst, Math.abs(v[r] - expected[r]) / expected[r]);
            } else {
                assertTrue(v[r] <= Double.MIN_NORMAL, "row " + r + ": " + v[r] + " for a value below 1e-308");
            }
        }
        assertTrue(worst <= 3e-13, "worst relative error " + worst);
        assertTrue(worst > 1e-16, "the 1024-fold amplified round-off must show (" + worst + ")");
    }

    @Test
    void softplusOfZeroLargeAndNaNArguments() {
        double[] v = {0, 800, -800, Double.NaN, Double.POSITIVE_INFINITY};
        BlockMath.softplusInPlace(v, v.length, new double[v.length]);
        assertEquals(Math.log(2), v[0], 2e-16);
        assertEquals(800, v[1], 0.0);
        assertTrue(v[2] >= 0 && v[2] < 1e-300, "softplus(-800) = e^-800 ≈ 0, got " + v[2]);
        assertTrue(Double.isNaN(v[3]));
        assertEquals(Double.POSITIVE_INFINITY, v[4], 0.0);
    }
}
