package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.CancelledException;
import dev.superlevel.core.function.Derivatives;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

class MlpSliceTest {

    private static final MlpConfig SMALL = new MlpConfig(Activation.TANH, 6, 5, dev.superlevel.core.optim.OptimizerKind.GD, 300, 0.5, 11);

    /** Two noisy concentric rings: not linearly separable. */
    static Dataset rings(long seed, int n) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double r = (y[i] == 0 ? 0.5 : 1.5) + 0.2 * random.nextGaussian();
            double t = 2 * Math.PI * random.nextDouble();
            x[i] = new double[] {r * Math.cos(t), r * Math.sin(t)};
        }
        double[] rho = new double[n];
        java.util.Arrays.fill(rho, 1.0);
        return new Dataset("rings", x, y, rho, 2);
    }

    private static MlpSlice trained(MlpConfig config) {
        return MlpSlice.train(rings(1, 60), RiskOptions.DEFAULT, config, UpdateRule.gradientDescent(),
                TrainingListener.NONE, () -> false);
    }

    @Test
    void sliceAtOriginEqualsTheTrainedLoss() {
        MlpSlice slice = trained(SMALL);
        MlpRisk risk = slice.risk();
        assertEquals(risk.value(slice.center(), risk.newWorkspace()), slice.value(0, 0), 0.0);
        assertEquals(slice.trainedLoss(), slice.derivatives(0, 0).value(), 0.0);
    }

    @Test
    void trainingLowersTheLossAndReportsEveryStep() {
        List<Double> losses = new ArrayList<>();
        MlpSlice slice = MlpSlice.train(rings(1, 60), RiskOptions.DEFAULT, SMALL, UpdateRule.gradientDescent(),
                (step, total, loss) -> losses.add(loss), () -> false);
        assertEquals(300, losses.size());
        assertTrue(slice.trainedLoss() < 0.5 * losses.get(0), losses.get(0) + " -> " + slice.trainedLoss());
    }

    @Test
    void projectAdamTrainsTheDefaultNetworkOnRings() {
        MlpConfig config = MlpConfig.DEFAULT.withSteps(300);
        double[] first = {Double.NaN};
        MlpSlice slice = MlpSlice.train(rings(2, 200), RiskOptions.DEFAULT, config,
                (step, total, loss) -> first[0] = step == 0 ? loss : first[0], () -> false);
        assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 * 2 + 2, slice.center().length);
        assertTrue(slice.trainedLoss() < 0.25 * first[0], first[0] + " -> " + slice.trainedLoss());
    }

    @Test
    void sameConfigurationGivesTheSameLandscape() {
        MlpSlice a = trained(SMALL);
        MlpSlice b = trained(SMALL);
        assertArrayEquals(a.center(), b.center(), 0.0);
        assertArrayEquals(a.direction(1), b.direction(1), 0.0);
        assertEquals(a.value(0.3, -0.2), b.value(0.3, -0.2), 0.0);
    }

    @Test
    void sliceValueIsTheRiskAtTheMovedParameters() {
        MlpSlice slice = trained(SMALL.withSteps(20));
        double[] theta = slice.center();
        double[] d1 = slice.direction(0);
        double[] d2 = slice.direction(1);
        for (int p = 0; p < theta.length; p++) {
            // (θ* + a·δ₁) + b·δ₂, the slice's documented order: θ* + (a·δ₁ + b·δ₂) rounds differently
            theta[p] = theta[p] + 0.4 * d1[p] + -0.7 * d2[p];
        }
        MlpRisk risk = slice.risk();
        assertEquals(risk.value(theta, risk.newWorkspace()), slice.value(0.4, -0.7), 0.0);
    }

    @Test
    void gradientMatchesCentralDifferencesAndHessianMatchesSecondDifferences() {
        MlpSlice slice = trained(SMALL.withSteps(50));
        double h = 1e-4;
        for (double[] p : new double[][] {{0, 0}, {0.3, -0.5}, {-1, 0.8}}) {
            Derivatives d = slice.derivatives(p[0], p[1]);
            double fa = (slice.value(p[0] + h, p[1]) - slice.value(p[0] - h, p[1])) / (2 * h);
            double fb = (slice.value(p[0], p[1] + h) - slice.value(p[0], p[1] - h)) / (2 * h);
            assertEquals(fa, d.gx(), 1e-7);
            assertEquals(fb, d.gy(), 1e-7);
            double v = slice.value(p[0], p[1]);
            double g = 1e-3;
            double faa = (slice.value(p[0] + g, p[1]) - 2 * v + slice.value(p[0] - g, p[1])) / (g * g);
            double fab = (slice.value(p[0] + g, p[1] + g) - slice.value(p[0] + g, p[1] - g)
                    - slice.value(p[0] - g, p[1] + g) + slice.value(p[0] - g, p[1] - g)) / (4 * g * g);
            double fbb = (slice.value(p[0], p[1] + g) - 2 * v + slice.value(p[0], p[1] - g)) / (g * g);
            assertEquals(faa, d.hxx(), 1e-4);
            assertEquals(fab, d.hxy(), 1e-4);
            assertEquals(fbb, d.hyy(), 1e-4);
        }
    }

    @Test
    void valuesAlongRowAreTheFloatPassPointByPointAndCloseToTheExactValues() {
        MlpSlice slice = trained(SMALL.withSteps(10));
        double[] as = {-1, -0.25, 0, 0.5, 2};
        double[] out = new double[6];
        slice.valuesAlongRow(as, 0.75, out, 1);
        for (int k = 0; k < as.length; k++) {
            assertEquals(slice.valueInFloat(as[k], 0.75), out[k + 1], 0.0);
            double exact = slice.value(as[k], 0.75);
            assertEquals(exact, out[k + 1], 1e-5 * exact, "single-precision round-off only (MlpSliceReferenceTest bounds it)");
        }
    }

    @Test
    void trainingStopsWhenCancelled() {
        int[] seen = {0};
        assertThrows(CancelledException.class, () -> MlpSlice.train(rings(1, 20), RiskOptions.DEFAULT, SMALL,
                UpdateRule.gradientDescent(), (step, total, loss) -> seen[0]++, () -> seen[0] >= 5));
        assertEquals(5, seen[0]);
    }

    @Test
    void divergingTrainingFailsWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> trained(SMALL.withActivation(Activation.RELU).withLearningRate(1e300)));
        assertTrue(e.getMessage().startsWith("MLP training diverged at step"), e.getMessage());
    }
}
