package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * The fast slices against a straightforward reference: per grid point θ = (θ* + a·δ₁) + b·δ₂, per row a
 * textbook forward pass in double with {@link Math#tanh}, {@link Math#exp} and {@link Math#log}. Two fast paths:
 * the double one ({@link MlpSlice#value}: blocked, vectorised, {@link Activation#tanh}) and the float one that
 * samples pictures ({@link MlpSlice#valuesAlongRow}: {@link FloatForward}). The tolerance is not picked: the
 * reference computes, alongside each row, a first-order bound of how far a fast path may be from it, from the
 * measured activation error (double: ≤ 7 ulp of Math.tanh; float: ≤ 5 float ulps; plus Math.tanh's own 1 ulp)
 * and from ordinary rounding (γ_n = n·u/(1 − n·u) per inner product of n terms, u = 2⁻⁵³ or 2⁻²⁴, with three more
 * roundings in float for the weight, the bias and the input), propagated by the row's exact back-propagated
 * sensitivities.
 */
class MlpSliceReferenceTest {

    private static final double U = 0x1p-53;
    private static final double U_FLOAT = 0x1p-24;

    /** How a fast path rounds: unit round-off of its layers, extra roundings per product, activation error. */
    private record Rounding(double u, int extra, double tanhUlps, boolean floatUlps, double lossRelative) {
        static final Rounding DOUBLE = new Rounding(U, 0, 7, false, 16 * U);
        static final Rounding FLOAT = new Rounding(U_FLOAT, 3, FloatTanh.MAX_ULPS, true, 3e-13);

        double gamma(int n) {
            return n * u / (1 - n * u);
        }

        /** The fast activation's error bound at h, plus Math.tanh's own ulp. */
        double tanhError(double h) {
            double fast = tanhUlps * (floatUlps ? Math.ulp((float) h) : Math.ulp(h));
            return fast + Math.ulp(h);
        }
    }

    private static double gamma(int n) {
        return n * U / (1 - n * U);
    }

    /** {reference value, first-order bound of |fast − reference|}. */
    private static double[] reference(Dataset data, MlpArchitecture arch, double[] theta, Rounding rounding) {
        double[] c = RiskOptions.DEFAULT.rowFactors(data);
        int classes = arch.classes();
        double sum = 0;
        double bound = 0;
        double absSum = 0;
        for (int i = 0; i < data.size(); i++) {
            double[] in = {data.feature(i, 0), data.feature(i, 1)};
            double[][] layer1 = affine(arch, theta, 0, in, rounding);
            double[] h1 = tanh(layer1[0]);
            double[][] layer2 = affine(arch, theta, 1, h1, rounding);
            double[] h2 = tanh(layer2[0]);
            double[][] layer3 = affine(arch, theta, 2, h2, rounding);
            double[] z = layer3[0];
            double max = Double.NEGATIVE_INFINITY;
            for (double zk : z) {
                max = Math.max(max, zk);
            }
            double exps = 0;
            for (double zk : z) {
                exps += Math.exp(zk - max);
            }
            double lse = max + Math.log(exps);
            int y = data.label(i);
            double loss = lse - z[y];
            // sensitivities: dℓ/dz = softmax − e_y, then back through W3, tanh', W2, tanh'
            double[] gz = new double[classes];
            for (int k = 0; k < classes; k++) {
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
                    + tanhBound(gh2, h2, rounding) + tanhBound(gh1, h1, rounding)
                    // exp, log (BlockMath: ≤ 5 ulp), lse − z_y; or the float pass's softplus (3e-13)
                    + rounding.lossRelative() * (Math.abs(lse) + Math.abs(z[y]));
            sum += c[i] * loss;
            absSum += c[i] * Math.abs(loss);
            bound += c[i] * rowBound;
        }
        return new double[] {sum, bound + 2 * gamma(data.size()) * absSum};
    }

    /**
     * {b + W·a, 2·γ_{fanIn+1+extra}·(|b| + Σ|W||a|)}: the value and the rounding bound of both implementations
     * (in float, weight, bias and input are rounded once each, and with two classes z₁ − z₀ comes from the
     * rounded weight differences, whose bound is at most the sum of both logits' bounds).
     */
    private static double[][] affine(MlpArchitecture arch, double[] theta, int l, double[] a, Rounding rounding) {
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
            err[k] = 2 * rounding.gamma(a.length + 1 + rounding.extra()) * abs;
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

    /** Σ |∂ℓ/∂h|·(error of the fast activation at h, plus Math.tanh's 1 ulp). */
    private static double tanhBound(double[] g, double[] h, Rounding rounding) {
        double s = 0;
        for (int k = 0; k < g.length; k++) {
            s += Math.abs(g[k]) * rounding.tanhError(h[k]);
        }
        return s;
    }

    @Test
    void doubleSliceAgreesWithTheTextbookReferenceWithinTheDerivedBound() {
        check(2, Rounding.DOUBLE, 1e-12);
    }

    @Test
    void floatSliceAgreesWithTheTextbookReferenceWithinTheDerivedBound() {
        check(2, Rounding.FLOAT, 1e-4); // worst case γ₁₉ ≈ 1.1e-6 times Σ|W||a| ≈ 10–40 per layer, N(0, 1) weights
    }

    @Test
    void floatSliceOfAThreeClassNetworkTakesTheGeneralLogSumExpWithinTheBound() {
        check(3, Rounding.FLOAT, 1e-4);
    }

    @Test
    void floatSliceWithSmallWeightsSkipsTheClampWithinTheBound() {
        check(2, Rounding.FLOAT, 1e-4, 0.15); // |b| + Σ|W|·bound of the inputs below 9.1 for most neurons
    }

    /**
     * Fifteen points of a slice through random parameters: each fast value within the derived bound of the
     * reference, and the bound at the round-off level of the path ({@code relativeCeiling} of the value).
     */
    private static void check(int classes, Rounding rounding, double relativeCeiling) {
        check(classes, rounding, relativeCeiling, 1);
    }

    private static void check(int classes, Rounding rounding, double relativeCeiling, double weightScale) {
        Dataset data = classes == 2 ? MlpSliceTest.rings(3, 500) : threeRings(500);
        MlpArchitecture arch = new MlpArchitecture(2, 16, 16, classes, Activation.TANH);
        MlpRisk risk = new MlpRisk(data, arch, RiskOptions.DEFAULT);
        Random random = new Random(7);
        double[] center = new double[arch.parameterCount()];
        for (int p = 0; p < center.length; p++) {
            center[p] = weightScale * random.nextGaussian();
        }
        MlpSlice slice = new MlpSlice(risk, center, 3);
        double[] d1 = slice.direction(0);
        double[] d2 = slice.direction(1);
        double[] as = {-1, -0.31, 0, 0.5, 1};
        double largestGap = 0;
        for (double b : new double[] {-1, 0, 0.77}) {
            double[] row = new double[as.length];
            if (rounding == Rounding.FLOAT) {
                slice.valuesAlongRow(as, b, row, 0);
            } else {
                for (int k = 0; k < as.length; k++) {
                    row[k] = slice.value(as[k], b);
                }
            }
            for (int k = 0; k < as.length; k++) {
                double[] theta = new double[center.length];
                for (int p = 0; p < theta.length; p++) {
                    theta[p] = center[p] + as[k] * d1[p] + b * d2[p];
                }
                double[] ref = reference(data, arch, theta, rounding);
                double diff = Math.abs(row[k] - ref[0]);
                largestGap = Math.max(largestGap, diff / ref[0]);
                assertTrue(diff <= ref[1], "at (" + as[k] + ", " + b + "): fast " + row[k] + ", reference " + ref[0]
                        + ", |diff| " + diff + " > bound " + ref[1]);
                assertTrue(ref[1] < relativeCeiling * ref[0], "bound " + ref[1] + " is not round-off level of "
                        + ref[0]);
            }
        }
        assertTrue(largestGap > 0, "the fast path must differ from the reference somewhere, else nothing is tested");
    }

    /** Three noisy concentric rings, labels 0, 1, 2. */
    private static Dataset threeRings(int n) {
        Random random = new Random(5);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            double r = 0.5 + y[i] + 0.2 * random.nextGaussian();
            double t = 2 * Math.PI * random.nextDouble();
            x[i] = new double[] {r * Math.cos(t), r * Math.sin(t)};
        }
        double[] rho = new double[n];
        java.util.Arrays.fill(rho, 1.0);
        return new Dataset("three rings", x, y, rho, 3);
    }
}
