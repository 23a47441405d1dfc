package dev.superlevel.core.data;

import java.util.Arrays;

/**
 * The value-only forward pass of an {@link MlpRisk} in single precision, as PyTorch runs a network by
 * default (and as the loss-landscape tools compute the surfaces Superlevel opens): weights, features and
 * activations are floats, each row's loss c_i·(logsumexp(z_i) − z_{i,y_i}) is taken from its float logits
 * in double ({@link RowLosses}), and the rows are summed in double. Floats halve the bytes every layer moves
 * and double the lanes of each vector instruction, and the float division of tanh costs less than half the
 * double one: a 256² slice of the README's network takes about half the time of {@link BlockedForward}'s.
 *
 * <p>Rounding: θ and the features are rounded to float once, each pre-activation is accumulated as in
 * {@link BlockedForward} (b, then one fused multiply-add per input, in order), tanh is {@link FloatTanh}
 * (≤ 5 float ulps). The value differs from the double pass by round-off of single precision:
 * {@code MlpSliceReferenceTest} bounds it from first principles (γ_n with u = 2⁻²⁴, propagated by each
 * row's sensitivities). The logits' round-off is absolute, so the relative difference is largest where the
 * loss is smallest: over the 65,536 samples of the README's 256² bench slice at most 5.0e-7 (tanh) and 9.0e-7
 * (relu) relative ({@code MlpSliceWall}); on the bundled {@code moons-mlp}, whose loss goes down to 7.7e-4, at
 * most 1.1e-5 relative, 1.4e-6 absolute ({@code MlpPictureAccuracy}). In both, the landscape summary (minima,
 * maxima, mean and largest persistence to 5 digits) is the same as the exact one's.
 * Immutable and thread-safe; a {@link Buffers} belongs to one thread.
 */
final class FloatForward {

    /**
     * Rows per block: the two hidden layers of a 16-wide network take 2·16·512 floats = 64 KiB, in L2 rather
     * than L1, yet on the README's bench slice blocks of 512 and 1,024 measured fastest (least CPU of 40:
     * 2.9–3.7 s for 512, 3.5–5.1 s for 256, 7.7–8.0 s for 128, alternating under the same load); shorter
     * loops spend more of their time outside C2's unrolled vector body.
     */
    static final int BLOCK = 512;
    /**
     * The network runs over a block's rows rounded up to a multiple of this (the features of the rows
     * beyond the data are 0, their results unused): JDK 17 runs the iterations a vectorised loop's unrolled
     * body does not cover one at a time, so 1,000 rows run as 512 + 512 instead of 512 + 488 (not measured
     * apart from the block size).
     */
    static final int PAD = 128;

    private final MlpArchitecture arch;
    private final int n;
    /** Features by block: x[b][j][r] is feature j of row b·BLOCK + r, rounded to float. */
    private final float[][][] x;
    /** max_i |x_ij| per feature j, to bound the first layer's pre-activations. */
    private final double[] featureBound;
    private final RowLosses losses;

    /**
     * @param columns features column-major, columns[j·N + i]
     * @param losses the rows' labels and factors
     */
    FloatForward(MlpArchitecture arch, double[] columns, RowLosses losses) {
        this.arch = arch;
        this.n = losses.rows();
        this.losses = losses;
        int blocks = (n + BLOCK - 1) / BLOCK;
        this.x = new float[blocks][arch.inputs()][BLOCK];
        this.featureBound = new double[arch.inputs()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < arch.inputs(); j++) {
                x[i / BLOCK][j][i % BLOCK] = (float) columns[j * n + i];
                featureBound[j] = Math.max(featureBound[j], Math.abs(x[i / BLOCK][j][i % BLOCK]));
            }
        }
    }

    /** Bounds of a hidden layer's inputs, tanh outputs: 1 each (as many as the widest layer may need). */
    private static final double[] UNIT = unit(MlpArchitecture.MAX_WIDTH);

    private static double[] unit(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    Buffers newBuffers() {
        return new Buffers(arch);
    }

    /** Σ_i c_i·(−log softmax(f(x_i; θ))_{y_i}) with the network in float, the sum in double, rows in order. */
    double dataLoss(double[] theta, Buffers b) {
        for (int p = 0; p < theta.length; p++) {
            b.w[p] = (float) theta[p];
        }
        boolean twoClasses = arch.classes() == 2;
        if (twoClasses) {
            logitDifference(theta, b.wd);
        }
        boolean tanh = arch.activation() == Activation.TANH;
        if (tanh) {
            withinSaturation(b.w, 0, featureBound, b.inRange1);
            withinSaturation(b.w, 1, UNIT, b.inRange2);
        }
        double sum = 0;
        for (int blk = 0; blk < x.length; blk++) {
            int from = blk * BLOCK;
            int m = Math.min(BLOCK, n - from);
            int padded = Math.min(BLOCK, (m + PAD - 1) / PAD * PAD);
            layer(b.w, 0, x[blk], b.h1, padded);
            activate(tanh, b.h1, b.inRange1, padded, b.q);
            layer(b.w, 1, b.h1, b.h2, padded);
            activate(tanh, b.h2, b.inRange2, padded, b.q);
            if (twoClasses) {
                affine(b.wd, 0, arch.hidden2(), arch.hidden2(), b.h2, b.z, padded);
                sum = losses.addTwoClass(b.z[0], from, m, sum, b.lse);
            } else {
                layer(b.w, 2, b.h2, b.z, padded);
                sum = losses.add(doubles(b.z, m, b.logits), from, m, sum, b.lse);
            }
        }
        return sum;
    }

    /**
     * With two classes only z₁ − z₀ matters (softplus of it, {@link RowLosses#addTwoClass}): one output
     * neuron with weights W₁ − W₀ and bias b₁ − b₀, the differences taken in double and rounded once.
     * Written into {@code wd} as fanIn weights then the bias.
     */
    private void logitDifference(double[] theta, float[] wd) {
        int fanIn = arch.hidden2();
        int w = arch.weightOffset(2);
        int b = arch.biasOffset(2);
        for (int j = 0; j < fanIn; j++) {
            wd[j] = (float) (theta[w + fanIn + j] - theta[w + j]);
        }
        wd[fanIn] = (float) (theta[b + 1] - theta[b]);
    }

    private static double[][] doubles(float[][] z, int m, double[][] out) {
        for (int k = 0; k < z.length; k++) {
            for (int r = 0; r < m; r++) {
                out[k][r] = z[k][r];
            }
        }
        return out;
    }

    /**
     * inRange[k] = whether every pre-activation of neuron k of layer l stays within ±{@link
     * FloatTanh#SATURATION} for inputs bounded by |in_j| ≤ inBound[j]: |b_k| + Σ_j |W_kj|·inBound[j], with a
     * margin of 1e-5 relative for the float rounding of the sum (γ₁₉ ≈ 1.1e-6). Then tanh need not clamp
     * ({@link FloatTanh#applyInPlaceWithinSaturation}, the same bits and a third faster); on the README's
     * bench slice this holds for 96 % of the first layer's and 97 % of the second layer's neurons over the
     * 65,536 grid points (measured once with the bench's data, whose features stay within 2.44 and 1.41).
     */
    private void withinSaturation(float[] w, int l, double[] inBound, boolean[] inRange) {
        int fanIn = arch.fanIn(l);
        int wOff = arch.weightOffset(l);
        int bOff = arch.biasOffset(l);
        for (int k = 0; k < inRange.length; k++) {
            double bound = Math.abs(w[bOff + k]);
            for (int j = 0; j < fanIn; j++) {
                bound += Math.abs(w[wOff + k * fanIn + j]) * inBound[j];
            }
            inRange[k] = bound * (1 + 1e-5) <= FloatTanh.SATURATION; // false for NaN
        }
    }

    private static void activate(boolean tanh, float[][] h, boolean[] inRange, int m, float[] q) {
        for (int k = 0; k < h.length; k++) {
            if (!tanh) {
                relu(h[k], m);
            } else if (inRange[k]) {
                FloatTanh.applyInPlaceWithinSaturation(h[k], m, q);
            } else {
                FloatTanh.applyInPlace(h[k], m, q);
            }
        }
    }

    private static void relu(float[] v, int m) {
        for (int i = 0; i < m; i++) {
            v[i] = Math.max(v[i], 0f);
        }
    }

    private void layer(float[] w, int l, float[][] in, float[][] out, int m) {
        affine(w, arch.weightOffset(l), arch.biasOffset(l), arch.fanIn(l), in, out, m);
    }

    /**
     * out[k][r] = b_k + Σ_j W[k][j]·in[j][r] with W[k][j] = w[wOff + k·fanIn + j] and b_k = w[bOff + k], as
     * {@link BlockedForward}'s layer (b, then one fused multiply-add per input, in order), in float. The first
     * pass over out[k] starts from the bias and takes up to four inputs, the later ones four at a time, the
     * last the one to three left: every pass is one loop C2 vectorises, and a two-input first layer is a
     * single pass.
     */
    private static void affine(float[] w, int wOff, int bOff, int fanIn, float[][] in, float[][] out, int m) {
        for (int k = 0; k < out.length; k++) {
            float[] o = out[k];
            int wk = wOff + k * fanIn;
            int first = Math.min(4, fanIn);
            start(o, w[bOff + k], w, wk, in, first, m);
            int j = first;
            for (; j + 3 < fanIn; j += 4) {
                add4(o, w, wk + j, in[j], in[j + 1], in[j + 2], in[j + 3], m);
            }
            for (; j < fanIn; j++) {
                float wj = w[wk + j];
                float[] ij = in[j];
                for (int r = 0; r < m; r++) {
                    o[r] = Math.fma(wj, ij[r], o[r]);
                }
            }
        }
    }

    /** o[r] = b + Σ_{j &lt; count} w[wk + j]·in[j][r], count 1 to 4, in one pass. */
    private static void start(float[] o, float b, float[] w, int wk, float[][] in, int count, int m) {
        float w0 = w[wk];
        float[] i0 = in[0];
        if (count == 1) {
            for (int r = 0; r < m; r++) {
                o[r] = Math.fma(w0, i0[r], b);
            }
            return;
        }
        float w1 = w[wk + 1];
        float[] i1 = in[1];
        if (count == 2) {
            for (int r = 0; r < m; r++) {
                o[r] = Math.fma(w1, i1[r], Math.fma(w0, i0[r], b));
            }
            return;
        }
        float w2 = w[wk + 2];
        float[] i2 = in[2];
        if (count == 3) {
            for (int r = 0; r < m; r++) {
                o[r] = Math.fma(w2, i2[r], Math.fma(w1, i1[r], Math.fma(w0, i0[r], b)));
            }
            return;
        }
        float w3 = w[wk + 3];
        float[] i3 = in[3];
        for (int r = 0; r < m; r++) {
            o[r] = Math.fma(w3, i3[r], Math.fma(w2, i2[r], Math.fma(w1, i1[r], Math.fma(w0, i0[r], b))));
        }
    }

    /** o[r] += the next four inputs' terms, w[at..at+3], in order. */
    private static void add4(float[] o, float[] w, int at, float[] i0, float[] i1, float[] i2, float[] i3, int m) {
        float w0 = w[at];
        float w1 = w[at + 1];
        float w2 = w[at + 2];
        float w3 = w[at + 3];
        for (int r = 0; r < m; r++) {
            o[r] = Math.fma(w3, i3[r], Math.fma(w2, i2[r], Math.fma(w1, i1[r], Math.fma(w0, i0[r], o[r]))));
        }
    }

    /** One thread's float parameters, activations of one block and scratch. */
    static final class Buffers {
        final float[] w;
        final float[][] h1;
        final float[][] h2;
        final float[][] z;
        final float[] q = new float[BLOCK];
        /** With two classes: the weights, then the bias, of z₁ − z₀. */
        final float[] wd;
        /** Per hidden neuron of the current θ: whether tanh may skip its clamp. */
        final boolean[] inRange1;
        final boolean[] inRange2;
        final double[][] logits;
        final RowLosses.Scratch lse = new RowLosses.Scratch(BLOCK);

        Buffers(MlpArchitecture arch) {
            w = new float[arch.parameterCount()];
            h1 = new float[arch.hidden1()][BLOCK];
            h2 = new float[arch.hidden2()][BLOCK];
            z = new float[arch.classes() == 2 ? 1 : arch.classes()][BLOCK];
            wd = new float[arch.hidden2() + 1];
            inRange1 = new boolean[arch.hidden1()];
            inRange2 = new boolean[arch.hidden2()];
            logits = new double[arch.classes()][BLOCK];
        }
    }
}
