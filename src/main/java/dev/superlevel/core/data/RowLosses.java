package dev.superlevel.core.data;

import java.util.Arrays;

/**
 * The rows' share of an {@link MlpRisk}, c_i·(logsumexp(z_i) − z_{i,y_i}), from a block of logits, shared by
 * the double ({@link BlockedForward}) and the float ({@link FloatForward}) forward passes. logsumexp(z) = max +
 * log Σ_k e^(z_k − max): the maxima, exponentials and logarithms of the whole block first ({@link BlockMath},
 * vectorised), then the rows' terms, added in row order. Immutable and thread-safe; a {@link Scratch} belongs
 * to one thread.
 */
final class RowLosses {

    private final int[] y;
    private final double[] c;
    /** +1 for a row labelled 0, −1 otherwise: with two classes, logsumexp(z) − z_y = softplus(sign·(z₁ − z₀)). */
    private final double[] sign;

    /**
     * @param y labels, N of them
     * @param c row factors c_i, N of them
     */
    RowLosses(int[] y, double[] c) {
        this.y = y;
        this.c = c;
        this.sign = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            sign[i] = y[i] == 0 ? 1 : -1;
        }
    }

    int rows() {
        return y.length;
    }

    /**
     * {@code sum} plus c_i·(logsumexp(z_i) − z_{i,y_i}) for rows i = from..from+m−1, in order, where
     * z[k][r] is logit k of row from + r.
     */
    double add(double[][] z, int from, int m, double sum, Scratch s) {
        double[] max = s.max;
        double[] acc = s.acc;
        System.arraycopy(z[0], 0, max, 0, m);
        for (int k = 1; k < z.length; k++) {
            double[] zk = z[k];
            for (int r = 0; r < m; r++) {
                max[r] = Math.max(max[r], zk[r]);
            }
        }
        Arrays.fill(acc, 0, m, 0.0);
        for (double[] zk : z) {
            BlockMath.addExp(zk, max, m, acc, s.q, s.k);
        }
        BlockMath.logInPlace(acc, m, s.q, s.k);
        for (int r = 0; r < m; r++) {
            int i = from + r;
            sum += c[i] * (max[r] + acc[r] - z[y[i]][r]);
        }
        return sum;
    }

    /**
     * {@code sum} plus c_i·softplus(sign_i·d[r]) for rows i = from + r, r &lt; m (the block's terms in four
     * interleaved partial sums, then added to {@code sum}), where d[r] = z₁ − z₀
     * is the difference of row i's two logits: {@link #add} for two classes, one exponential and one
     * logarithm per row instead of two and one, with {@link BlockMath#softplusInPlace}'s accuracy (3e-13
     * relative), for the float pass.
     */
    double addTwoClass(float[] d, int from, int m, double sum, Scratch s) {
        double[] v = s.max;
        for (int r = 0; r < m; r++) {
            v[r] = sign[from + r] * d[r];
        }
        BlockMath.softplusInPlace(v, m, s.acc);
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int r = 0;
        for (; r + 3 < m; r += 4) { // four running sums: one chain of dependent adds took 4 cycles a row
            s0 += c[from + r] * v[r];
            s1 += c[from + r + 1] * v[r + 1];
            s2 += c[from + r + 2] * v[r + 2];
            s3 += c[from + r + 3] * v[r + 3];
        }
        for (; r < m; r++) {
            s0 += c[from + r] * v[r];
        }
        return sum + ((s0 + s1) + (s2 + s3));
    }

    /** Per row of a block: the largest logit, then Σ_k e^(z_k − max), then its log; and BlockMath's scratch. */
    static final class Scratch {
        final double[] max;
        final double[] acc;
        final double[] q;
        final double[] k;

        Scratch(int block) {
            max = new double[block];
            acc = new double[block];
            q = new double[block];
            k = new double[block];
        }
    }
}
