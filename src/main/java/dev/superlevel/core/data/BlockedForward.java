package dev.superlevel.core.data;

import java.util.Arrays;

/**
 * The value-only forward pass of an {@link MlpRisk}: the data term Σ_i c_i·(logsumexp(z_i) − z_{i,y_i})
 * of R(θ), z_i = f(x_i; θ) the logits, without keeping anything for back-propagation.
 *
 * <p>Rows go through the network in blocks of {@link #BLOCK}; a block's activations (one array per
 * neuron) stay in the L1 cache. Every inner loop is {@code out[r] = fma(w, in[r], out[r])…} over the
 * rows of a block with the same index r on separate arrays: the only shape JDK 17's C2 vectorises
 * (with an offset into a shared array it cannot rule out aliasing and stays scalar, ~8× slower).
 *
 * <p>Rounding: each pre-activation is accumulated in the order b, w₀·a₀, w₁·a₁, … with one fused
 * multiply-add per input ({@link Math#fma}, one rounding each), and the rows are summed in order, so the
 * value does not depend on the block size. The activations and the log-sum-exp use the project's own
 * tanh (within 7 ulp of {@link Math#tanh}, {@link Activation#tanh}), exp and log ({@link BlockMath},
 * within a few 1e-16 of {@link Math}'s); the value agrees with a textbook row-at-a-time pass to round-off
 * (MlpSliceReferenceTest bounds the difference from first principles). Math.fma is
 * a single instruction on every x86-64 CPU since 2013 and on all 64-bit ARM. Immutable and thread-safe;
 * a {@link Buffers} belongs to one thread.
 */
final class BlockedForward {

    /** Rows per block: the two hidden layers of a 16-wide network take 2·16·128 doubles = 32 KiB. */
    static final int BLOCK = 128;

    private final MlpArchitecture arch;
    private final int n;
    /** Features by block: x[b][j][r] is feature j of row b·BLOCK + r. */
    private final double[][][] x;
    private final RowLosses losses;

    /**
     * @param columns features column-major, columns[j·N + i]
     * @param losses the rows' labels and factors
     */
    BlockedForward(MlpArchitecture arch, double[] columns, RowLosses losses) {
        this.arch = arch;
        this.n = losses.rows();
        this.losses = losses;
        int blocks = (n + BLOCK - 1) / BLOCK;
        this.x = new double[blocks][arch.inputs()][BLOCK];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < arch.inputs(); j++) {
                x[i / BLOCK][j][i % BLOCK] = columns[j * n + i];
            }
        }
    }

    /** Scratch for one thread: (h1 + h2 + C + 4)·{@link #BLOCK} doubles. */
    Buffers newBuffers() {
        return new Buffers(arch);
    }

    /** Σ_i c_i·(−log softmax(f(x_i; θ))_{y_i}), rows in order. */
    double dataLoss(double[] theta, Buffers b) {
        Activation act = arch.activation();
        double sum = 0;
        for (int blk = 0; blk < x.length; blk++) {
            int from = blk * BLOCK;
            int m = Math.min(BLOCK, n - from);
            layer(theta, 0, x[blk], b.h1, m);
            activate(act, b.h1, m, b);
            layer(theta, 1, b.h1, b.h2, m);
            activate(act, b.h2, m, b);
            layer(theta, 2, b.h2, b.z, m);
            sum = losses.add(b.z, from, m, sum, b.lse);
        }
        return sum;
    }

    private static void activate(Activation act, double[][] h, int m, Buffers b) {
        for (double[] neuron : h) {
            act.applyInPlace(neuron, m, b.q, b.k);
        }
    }

    /**
     * out[k][r] = b_k + Σ_j W[k][j]·in[j][r] for weight layer l and r &lt; m, summed in the order b,
     * j = 0, 1, …; four inputs per pass over out[k] quarter its loads and stores.
     */
    private void layer(double[] theta, int l, double[][] in, double[][] out, int m) {
        int fanIn = arch.fanIn(l);
        int wOff = arch.weightOffset(l);
        int bOff = arch.biasOffset(l);
        for (int k = 0; k < out.length; k++) {
            double[] o = out[k];
            int w = wOff + k * fanIn;
            Arrays.fill(o, 0, m, theta[bOff + k]);
            int j = 0;
            for (; j + 3 < fanIn; j += 4) {
                double w0 = theta[w + j];
                double w1 = theta[w + j + 1];
                double w2 = theta[w + j + 2];
                double w3 = theta[w + j + 3];
                double[] i0 = in[j];
                double[] i1 = in[j + 1];
                double[] i2 = in[j + 2];
                double[] i3 = in[j + 3];
                for (int r = 0; r < m; r++) {
                    o[r] = Math.fma(w3, i3[r], Math.fma(w2, i2[r], Math.fma(w1, i1[r], Math.fma(w0, i0[r], o[r]))));
                }
            }
            for (; j < fanIn; j++) {
                double wj = theta[w + j];
                double[] ij = in[j];
                for (int r = 0; r < m; r++) {
                    o[r] = Math.fma(wj, ij[r], o[r]);
                }
            }
        }
    }

    /** One thread's activations of one block, one array per neuron, and the activation's scratch. */
    static final class Buffers {
        final double[][] h1;
        final double[][] h2;
        final double[][] z;
        /** Scratch of the vectorised tanh. */
        final double[] q = new double[BLOCK];
        final double[] k = new double[BLOCK];
        final RowLosses.Scratch lse = new RowLosses.Scratch(BLOCK);

        Buffers(MlpArchitecture arch) {
            h1 = new double[arch.hidden1()][BLOCK];
            h2 = new double[arch.hidden2()][BLOCK];
            z = new double[arch.classes()][BLOCK];
        }
    }
}
