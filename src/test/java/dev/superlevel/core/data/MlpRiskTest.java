package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.optim.Regularizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

class MlpRiskTest {

    static Dataset threeClassData(long seed, int n) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(3);
            x[i] = new double[] {random.nextGaussian() + y[i], random.nextGaussian(), random.nextGaussian() - y[i]};
            rho[i] = 0.2 + 0.8 * random.nextDouble();
        }
        return new Dataset("three", x, y, rho, 3);
    }

    static double[] randomTheta(MlpArchitecture arch, long seed) {
        Random random = new Random(seed);
        double[] theta = new double[arch.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = 0.6 * random.nextGaussian();
        }
        return theta;
    }

    /** One row at a time with nested arrays and Math.tanh: the textbook forward pass. */
    static double naiveRisk(Dataset d, MlpArchitecture arch, double[] theta, double[] w, Regularizer reg, double lambda) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double[] a = new double[arch.inputs()];
            for (int j = 0; j < a.length; j++) {
                a[j] = d.feature(i, j);
            }
            for (int l = 0; l < 3; l++) {
                double[] z = new double[arch.fanOut(l)];
                for (int k = 0; k < z.length; k++) {
                    z[k] = theta[arch.biasOffset(l) + k];
                    for (int j = 0; j < a.length; j++) {
                        z[k] += theta[arch.weightOffset(l) + k * a.length + j] * a[j];
                    }
                    if (l < 2) {
                        z[k] = arch.activation() == Activation.TANH ? Math.tanh(z[k]) : Math.max(0, z[k]);
                    }
                }
                a = z;
            }
            double s = 0;
            for (double z : a) {
                s += Math.exp(z);
            }
            sum += d.rho(i) * w[d.label(i)] * -Math.log(Math.exp(a[d.label(i)]) / s);
        }
        double omega = 0;
        for (double t : theta) {
            omega += reg == Regularizer.L1 ? Math.abs(t) : reg == Regularizer.L2 ? t * t / 2 : 0;
        }
        return sum / d.size() + lambda * omega;
    }

    @Test
    void valueMatchesNaiveForwardPassWithTanh() {
        Dataset d = threeClassData(1, 37);
        MlpArchitecture arch = new MlpArchitecture(3, 5, 4, 3, Activation.TANH);
        MlpRisk risk = new MlpRisk(d, arch, new RiskOptions(ClassWeights.of(1, 2, 0.5), Regularizer.L2, 0.01));
        double[] theta = randomTheta(arch, 2);
        double expected = naiveRisk(d, arch, theta, new double[] {1, 2, 0.5}, Regularizer.L2, 0.01);
        assertEquals(expected, risk.value(theta, risk.newWorkspace()), 1e-13 * expected);
    }

    @Test
    void valueMatchesNaiveForwardPassWithReluAndBalancedL1() {
        Dataset d = threeClassData(3, 41);
        MlpArchitecture arch = new MlpArchitecture(3, 6, 3, 3, Activation.RELU);
        MlpRisk risk = new MlpRisk(d, arch, new RiskOptions(ClassWeights.balanced(), Regularizer.L1, 0.02));
        double[] theta = randomTheta(arch, 4);
        double[] w = ClassWeights.balanced().resolve(d);
        double expected = naiveRisk(d, arch, theta, w, Regularizer.L1, 0.02);
        assertEquals(expected, risk.value(theta, risk.newWorkspace()), 1e-13 * expected);
    }

    @Test
    void valueMatchesNaiveForwardPassOverSeveralBlocksOfRows() {
        Dataset d = threeClassData(11, 2 * BlockedForward.BLOCK + 45);
        MlpArchitecture arch = new MlpArchitecture(3, 7, 6, 3, Activation.TANH);
        MlpRisk risk = new MlpRisk(d, arch, new RiskOptions(ClassWeights.of(1, 2, 0.5), Regularizer.NONE, 0));
        double[] theta = randomTheta(arch, 12);
        double expected = naiveRisk(d, arch, theta, new double[] {1, 2, 0.5}, Regularizer.NONE, 0);
        assertEquals(expected, risk.value(theta, risk.newWorkspace()), 1e-13 * expected);
    }

    @Test
    void valueAndGradientReturnsExactlyTheValue() {
        Dataset d = threeClassData(13, BlockedForward.BLOCK + 3);
        MlpArchitecture arch = new MlpArchitecture(3, 5, 9, 3, Activation.TANH);
        MlpRisk risk = new MlpRisk(d, arch, new RiskOptions(ClassWeights.uniform(), Regularizer.L1, 0.1));
        double[] theta = randomTheta(arch, 14);
        MlpRisk.Workspace ws = risk.newWorkspace();
        assertEquals(risk.value(theta, ws), risk.valueAndGradient(theta, new double[theta.length], ws), 0.0);
    }

    @Test
    void gradientMatchesCentralDifferencesInEveryParameter() {
        Dataset d = threeClassData(5, 23);
        MlpArchitecture arch = new MlpArchitecture(3, 4, 5, 3, Activation.TANH);
        MlpRisk risk = new MlpRisk(d, arch, new RiskOptions(ClassWeights.uniform(), Regularizer.L2, 0.1));
        double[] theta = randomTheta(arch, 6);
        double[] grad = new double[theta.length];
        MlpRisk.Workspace ws = risk.newWorkspace();
        risk.valueAndGradient(theta, grad, ws);
        double h = 1e-6;
        for (int p = 0; p < theta.length; p++) {
            double keep = theta[p];
            theta[p] = keep + h;
            double up = risk.value(theta, ws);
            theta[p] = keep - h;
            double down = risk.value(theta, ws);
            theta[p] = keep;
            assertEquals((up - down) / (2 * h), grad[p], 1e-8, "parameter " + p);
        }
    }

    @Test
    void rowsWithZeroRhoHaveNoEffect() {
        Dataset d = threeClassData(7, 10);
        double[][] x = new double[11][];
        int[] y = new int[11];
        double[] rho = new double[11];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {d.feature(i, 0), d.feature(i, 1), d.feature(i, 2)};
            y[i] = d.label(i);
            rho[i] = d.rho(i);
        }
        x[10] = new double[] {1e300, -1e300, 1e300};
        MlpArchitecture arch = new MlpArchitecture(3, 4, 4, 3, Activation.TANH);
        double[] theta = randomTheta(arch, 8);
        MlpRisk with = new MlpRisk(new Dataset("z", x, y, rho, 3), arch, RiskOptions.DEFAULT);
        MlpRisk without = new MlpRisk(d, arch, RiskOptions.DEFAULT);
        assertEquals(without.value(theta, without.newWorkspace()) * 10 / 11, with.value(theta, with.newWorkspace()), 1e-15);
    }

    @Test
    void rejectsNetworkThatDoesNotFitTheData() {
        MlpArchitecture arch = new MlpArchitecture(2, 4, 4, 3, Activation.TANH);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MlpRisk(threeClassData(9, 5), arch, RiskOptions.DEFAULT));
        assertEquals("network 2 inputs → 3 classes does not fit three (3 features, 3 classes)", e.getMessage());
    }

    @Test
    void blockTanhIsBitIdenticalToScalarTanh() {
        Random random = new Random(15);
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian() * Math.pow(10, random.nextInt(9) - 6);
        }
        v[0] = -0.0;
        v[1] = Double.NaN;
        v[2] = Double.NEGATIVE_INFINITY;
        v[3] = 1e-310;
        double[] expected = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            expected[i] = Activation.tanh(v[i]);
        }
        Activation.TANH.applyInPlace(v, v.length, new double[v.length], new double[v.length]);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(v[i]), "entry " + i);
        }
    }

    @Test
    void fastTanhAgreesWithMathTanh() {
        Random random = new Random(10);
        for (int k = 0; k < 100_000; k++) {
            double x = random.nextGaussian() * Math.pow(10, random.nextInt(6) - 4);
            double expected = Math.tanh(x);
            assertEquals(expected, Activation.tanh(x), 2e-15 * Math.abs(expected), "x = " + x);
        }
        assertEquals(1.0, Activation.tanh(800), 0.0);
        assertEquals(1.0, Activation.tanh(19.1), 0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Activation.tanh(-0.0)));
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
        assertEquals(-1.0, Activation.tanh(-800), 0.0);
    }
}
