package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.optim.Regularizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

class LogisticLossTest {

    private static final double[][] POINTS = {{0, 0}, {0.7, -1.3}, {-2.5, 0.4}, {3, 2}, {-0.01, 0.02}};

    /** A small random two-class data set with some ρ &lt; 1 rows. */
    static Dataset randomData(long seed, int n, boolean withRho) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(2);
            x[i] = new double[] {random.nextGaussian() + y[i], 2 * random.nextGaussian() - y[i]};
            rho[i] = withRho ? random.nextDouble() : 1.0;
        }
        return new Dataset("random", x, y, rho, 2);
    }

    /** −log softmax((0, z))_y the textbook way, fine for the moderate logits used here. */
    private static double naiveRisk(Dataset d, double[] w, double w1, double w2, double b) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double z = w1 * d.feature(i, 0) + w2 * d.feature(i, 1) + b;
            double logSumExp = Math.log(Math.exp(0) + Math.exp(z));
            double logit = d.label(i) == 1 ? z : 0;
            sum += d.rho(i) * w[d.label(i)] * (logSumExp - logit);
        }
        return sum / d.size();
    }

    /** Gradient Σ c (p − y) x and Hessian Σ c p (1 − p) x xᵀ with p = e^z/(1 + e^z). */
    private static double[] naiveDerivatives(Dataset d, double[] w, double w1, double w2, double b) {
        double[] out = new double[5];
        for (int i = 0; i < d.size(); i++) {
            double x1 = d.feature(i, 0);
            double x2 = d.feature(i, 1);
            double p = Math.exp(w1 * x1 + w2 * x2 + b) / (1 + Math.exp(w1 * x1 + w2 * x2 + b));
            double c = d.rho(i) * w[d.label(i)] / d.size();
            double r = p - d.label(i);
            out[0] += c * r * x1;
            out[1] += c * r * x2;
            out[2] += c * p * (1 - p) * x1 * x1;
            out[3] += c * p * (1 - p) * x1 * x2;
            out[4] += c * p * (1 - p) * x2 * x2;
        }
        return out;
    }

    @Test
    void valueMatchesNaiveCrossEntropyWithWeightsRhoAndBias() {
        Dataset d = randomData(1, 40, true);
        double[] w = {0.7, 2.5};
        LogisticLoss loss = LogisticLoss.create(d, 0.3, new RiskOptions(ClassWeights.of(w), Regularizer.NONE, 0));
        for (double[] p : POINTS) {
            double expected = naiveRisk(d, w, p[0], p[1], 0.3);
            assertEquals(expected, loss.value(p[0], p[1]), 1e-13 * Math.max(1, expected));
        }
    }

    @Test
    void derivativesMatchNaiveGradientAndHessian() {
        Dataset d = randomData(2, 40, true);
        double[] w = {1.5, 0.5};
        LogisticLoss loss = LogisticLoss.create(d, -0.4, new RiskOptions(ClassWeights.of(w), Regularizer.NONE, 0));
        for (double[] p : POINTS) {
            Derivatives got = loss.derivatives(p[0], p[1]);
            double[] e = naiveDerivatives(d, w, p[0], p[1], -0.4);
            assertEquals(naiveRisk(d, w, p[0], p[1], -0.4), got.value(), 1e-12);
            assertEquals(e[0], got.gx(), 1e-12);
            assertEquals(e[1], got.gy(), 1e-12);
            assertEquals(e[2], got.hxx(), 1e-12);
            assertEquals(e[3], got.hxy(), 1e-12);
            assertEquals(e[4], got.hyy(), 1e-12);
        }
    }

    @Test
    void gradientAgreesWithCentralDifferencesOfValue() {
        LogisticLoss loss = LogisticLoss.create(randomData(3, 30, true), 0.2, RiskOptions.DEFAULT);
        double h = 1e-5;
        for (double[] p : POINTS) {
            Derivatives d = loss.derivatives(p[0], p[1]);
            double fdx = (loss.value(p[0] + h, p[1]) - loss.value(p[0] - h, p[1])) / (2 * h);
            double fdy = (loss.value(p[0], p[1] + h) - loss.value(p[0], p[1] - h)) / (2 * h);
            assertEquals(fdx, d.gx(), 1e-8);
            assertEquals(fdy, d.gy(), 1e-8);
            double fdxy = (loss.derivatives(p[0], p[1] + h).gx() - loss.derivatives(p[0], p[1] - h).gx()) / (2 * h);
            assertEquals(fdxy, d.hxy(), 1e-8);
        }
    }

    @Test
    void valuesAlongRowEqualPointwiseValuesExactly() {
        LogisticLoss loss = LogisticLoss.create(randomData(4, 25, true), 0.1,
                new RiskOptions(ClassWeights.balanced(), Regularizer.L1, 0.05));
        double[] xs = {-3, -1.5, 0, 0.25, 2, 7};
        double[] out = new double[xs.length + 2];
        loss.valuesAlongRow(xs, -0.75, out, 2);
        for (int k = 0; k < xs.length; k++) {
            assertEquals(loss.value(xs[k], -0.75), out[k + 2], 0.0);
        }
    }

    @Test
    void balancedWeightsAreNOverClassesTimesClassCount() {
        double[][] x = {{1, 0}, {2, 0}, {3, 0}, {0, 1}};
        Dataset d = new Dataset("t", x, new int[] {0, 0, 0, 1}, new double[] {1, 1, 1, 1}, 2);
        double[] w = ClassWeights.balanced().resolve(d);
        assertEquals(4.0 / (2 * 3), w[0], 1e-15);
        assertEquals(4.0 / (2 * 1), w[1], 1e-15);
        LogisticLoss balanced = LogisticLoss.create(d, 0, new RiskOptions(ClassWeights.balanced(), Regularizer.NONE, 0));
        assertEquals(naiveRisk(d, w, 0.3, -0.8, 0), balanced.value(0.3, -0.8), 1e-14);
    }

    @Test
    void rowsWithZeroRhoHaveNoEffect() {
        Dataset full = randomData(5, 20, false);
        double[][] x = new double[21][];
        int[] y = new int[21];
        double[] rho = new double[21];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {full.feature(i, 0), full.feature(i, 1)};
            y[i] = full.label(i);
            rho[i] = 1;
        }
        x[20] = new double[] {1e6, -1e6};
        y[20] = 1;
        LogisticLoss withDead = LogisticLoss.create(new Dataset("dead", x, y, rho, 2), 0, RiskOptions.DEFAULT);
        LogisticLoss without = LogisticLoss.create(full, 0, RiskOptions.DEFAULT);
        // the ρ = 0 row still counts in N (the risk is an average over all rows), hence 20/21
        for (double[] p : POINTS) {
            assertEquals(without.value(p[0], p[1]) * 20 / 21, withDead.value(p[0], p[1]), 1e-14);
            assertEquals(without.derivatives(p[0], p[1]).gx() * 20 / 21, withDead.derivatives(p[0], p[1]).gx(), 1e-14);
        }
        assertEquals(20, withDead.effectiveRows());
    }

    @Test
    void l2AddsHalfSquaredNormWithIdentityHessian() {
        Dataset d = randomData(6, 15, false);
        LogisticLoss plain = LogisticLoss.create(d, 0, RiskOptions.DEFAULT);
        LogisticLoss l2 = LogisticLoss.create(d, 0, new RiskOptions(ClassWeights.uniform(), Regularizer.L2, 0.3));
        Derivatives a = plain.derivatives(1.5, -2);
        Derivatives b = l2.derivatives(1.5, -2);
        assertEquals(a.value() + 0.3 * 0.5 * (1.5 * 1.5 + 4), b.value(), 1e-14);
        assertEquals(a.gx() + 0.3 * 1.5, b.gx(), 1e-14);
        assertEquals(a.gy() + 0.3 * -2, b.gy(), 1e-14);
        assertEquals(a.hxx() + 0.3, b.hxx(), 1e-14);
        assertEquals(a.hxy(), b.hxy(), 1e-14);
        assertEquals(l2.value(1.5, -2), b.value(), 1e-14);
    }

    @Test
    void l1AddsAbsoluteNormWithSignSubgradientZeroAtZero() {
        Dataset d = randomData(7, 15, false);
        LogisticLoss plain = LogisticLoss.create(d, 0, RiskOptions.DEFAULT);
        LogisticLoss l1 = LogisticLoss.create(d, 0, new RiskOptions(ClassWeights.uniform(), Regularizer.L1, 0.2));
        Derivatives a = plain.derivatives(-0.5, 0);
        Derivatives b = l1.derivatives(-0.5, 0);
        assertEquals(a.value() + 0.2 * 0.5, b.value(), 1e-14);
        assertEquals(a.gx() - 0.2, b.gx(), 1e-14);
        assertEquals(a.gy(), b.gy(), 0.0);
        assertEquals(a.hxx(), b.hxx(), 0.0);
    }

    @Test
    void hugeLogitsStayFiniteAndLinear() {
        double[][] x = {{1000, 0}, {-1000, 0}};
        Dataset d = new Dataset("far", x, new int[] {0, 1}, new double[] {1, 1}, 2);
        LogisticLoss loss = LogisticLoss.create(d, 0, RiskOptions.DEFAULT);
        // both rows are wrong by a logit of 1000·w1: the loss is ≈ 1000·w1 (softplus(s) ≈ s)
        Derivatives at = loss.derivatives(2, 0);
        assertEquals(2000, at.value(), 1e-9);
        assertEquals(1000, at.gx(), 1e-9);
        assertTrue(at.isFinite());
        assertEquals(0, loss.value(-2, 0), 1e-300);
    }

    @Test
    void fastLog1pAgreesWithMathLog1pToAFewUlps() {
        Random random = new Random(9);
        for (int k = 0; k < 100_000; k++) {
            double e = Math.exp(-40 * random.nextDouble());
            double expected = Math.log1p(e);
            assertEquals(expected, LogisticLoss.log1pOfSmall(e), 4 * Math.ulp(expected), "e = " + e);
        }
        assertEquals(0.0, LogisticLoss.log1pOfSmall(0.0), 0.0);
        assertEquals(Math.log(2), LogisticLoss.log1pOfSmall(1.0), 0.0);
    }

    @Test
    void logisticRejectsMoreThanTwoFeaturesNamingTheDataSet() {
        Dataset d = new Dataset("three.csv", new double[][] {{1, 2, 3}}, new int[] {0}, new double[] {1}, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogisticLoss.create(d, 0, RiskOptions.DEFAULT));
        assertTrue(e.getMessage().contains("three.csv"), e.getMessage());
    }

    @Test
    void explicitWeightsMustMatchClassCount() {
        Dataset d = randomData(8, 5, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogisticLoss.create(d, 0, new RiskOptions(ClassWeights.of(1, 2, 3), Regularizer.NONE, 0)));
        assertTrue(e.getMessage().contains("3 weights"), e.getMessage());
    }
}
