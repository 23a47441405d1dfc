package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * The fast slice (blocked, vectorised, {@link Activation#tanh}) against a straightforward reference: per grid
 * point θ = (θ* + a·δ₁) + b·δ₂, per row a textbook forward pass with {@link Math#tanh}, {@link Math#exp} and
 * {@link Math#log}. The tolerance is not picked: the reference computes, alongside each row, a first-order bound
 * of how far the fast path may be from it, from the measured tanh error (≤ 7 ulp of Math.tanh, itself within
 * 1 ulp: 8 ulp per activation) and from ordinary rounding of both implementations (γ_n = n·u/(1 − n·u) per
 * inner product of n terms, u = 2⁻⁵³), propagated by the row's exact back-propagated sensitivities.
 */
class MlpSliceReferenceTest {

    private static final double U = 0x1p-53;

    private static double gamma(int n) {
        return n * U / (1 - n * U);
    }

    /** {reference value, first-order bound of |fast − reference|}. */
    private static double[] reference(Dataset data, MlpArchitecture arch, double[] theta) {
        double[] c = RiskOptions.DEFAULT.rowFactors(data);
        double sum = 0;
        double bound = 0;
        double absSum = 0;
        for (int i = 0; i < data.size(); i++) {
            double[] in = {data.feature(i, 0), data.feature(i, 1)};
            double[][] layer1 = affine(arch, theta, 0, in);
            double[] h1 = tanh(layer1[0]);
            double[][] layer2 = affine(arch, theta, 1, h1);
            double[] h2 = tanh(layer2[0]);
            double[][] layer3 = affine(arch, theta, 2, h2);
            double[] z = layer3[0];
            double max = Math.max(z[0], z[1]);
            double lse = max + Math.log(Math.exp(z[0] - max) + Math.exp(z[1] - max));
            int y = data.label(i);
            double loss = lse - z[y];
            // sensitivities: dℓ/dz = softmax − e_y, then back through W3, tanh', W2, tanh'
            double[] gz = new double[2];
            for (int k = 0; k < 2; k++) {
                gz[k] = Math.exp(z[k] - lse) - (k == y ? 1 : 0);
            }
            double[] gh2 = transposed(arch, theta, 2, gz);
            double[] gu2 = new double[h2.length];
            for (int k = 0; k < h2.length; k++) {
                gu2[k] = gh2[k] * (1 - h2[k] * h2[k]);
            }
            double[] gh1 = transposed(arch, theta, 1, gu2);
            double[] gu1 = new double[h1.length];
            for (int j = 0; j < h1.length; j++) {
                gu1[j] = gh1[j] * (1 - h1[j] * h1[j]);
            }
            double rowBound = dot(gz, layer3[1]) + dot(gu2, layer2[1]) + dot(gu1, layer1[1])
                    + tanhBound(gh2, h2) + tanhBound(gh1, h1)
                    + 16 * U * (Math.abs(lse) + Math.abs(z[y])); // exp, log (BlockMath: ≤ 5 ulp), lse − z_y
            sum += c[i] * loss;
            absSum += c[i] * Math.abs(loss);
            bound += c[i] * rowBound;
        }
        return new double[] {sum, bound + 2 * gamma(data.size()) * absSum};
    }

    /** {b + W·a, 2·γ_{fanIn+1}·(|b| + Σ|W||a|)}: the value and the rounding bound of both implementations. */
    private static double[][] affine(MlpArchitecture arch, double[] theta, int l, double[] a) {
        double[] out = new double[arch.fanOut(l)];
        double[] err = new double[out.length];
        for (int k = 0; k < out.length; k++) {
            double b = theta[arch.biasOffset(l) + k];
            double v = b;
            double abs = Math.abs(b);
            for (int j = 0; j < a.length; j++) {
                double w = theta[arch.weightOffset(l) + k * a.length + j];
                v += w * a[j];
                abs += Math.abs(w * a[j]);
            }
            out[k] = v;
            err[k] = 2 * gamma(a.length + 1) * abs;
        }
        return new double[][] {out, err};
    }

    /** Wᵀ·g for layer l. */
    private static double[] transposed(MlpArchitecture arch, double[] theta, int l, double[] g) {
        double[] out = new double[arch.fanIn(l)];
        for (int k = 0; k < g.length; k++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += theta[arch.weightOffset(l) + k * out.length + j] * g[k];
            }
        }
        return out;
    }

    private static double[] tanh(double[] u) {
        double[] h = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            h[j] = Math.tanh(u[j]);
        }
        return h;
    }

    private static double dot(double[] g, double[] e) {
        double s = 0;
        for (int k = 0; k < g.length; k++) {
            s += Math.abs(g[k]) * e[k];
        }
        return s;
    }

    /** Σ |∂ℓ/∂h|·8 ulp(h): the activations' error (7 ulp measured against Math.tanh, plus Math.tanh's 1 ulp). */
    private static double tanhBound(double[] g, double[] h) {
        double s = 0;
        for (int k = 0; k < g.length; k++) {
            s += Math.abs(g[k]) * 8 * Math.ulp(h[k]);
        }
        return s;
    }

    @Test
    void fastSliceAgreesWithTheTextbookReferenceWithinTheDerivedBound() {
        Dataset data = MlpSliceTest.rings(3, 500);
        MlpArchitecture arch = new MlpArchitecture(2, 16, 16, 2, Activation.TANH);
        MlpRisk risk = new MlpRisk(data, arch, RiskOptions.DEFAULT);
        Random random = new Random(7);
        double[] center = new double[arch.parameterCount()];
        for (int p = 0; p < center.length; p++) {
            center[p] = random.nextGaussian();
        }
        MlpSlice slice = new MlpSlice(risk, center, 3);
        double[] d1 = slice.direction(0);
        double[] d2 = slice.direction(1);
        double[] as = {-1, -0.31, 0, 0.5, 1};
        for (double b : new double[] {-1, 0, 0.77}) {
            double[] row = new double[as.length];
            slice.valuesAlongRow(as, b, row, 0);
            for (int k = 0; k < as.length; k++) {
                double[] theta = new double[center.length];
                for (int p = 0; p < theta.length; p++) {
                    theta[p] = center[p] + as[k] * d1[p] + b * d2[p];
                }
                double[] ref = reference(data, arch, theta);
                double diff = Math.abs(row[k] - ref[0]);
                assertTrue(diff <= ref[1], "at (" + as[k] + ", " + b + "): fast " + row[k] + ", reference " + ref[0]
                        + ", |diff| " + diff + " > bound " + ref[1]);
                assertTrue(ref[1] < 1e-12 * ref[0], "bound " + ref[1] + " is not round-off level of " + ref[0]);
            }
        }
    }
}
