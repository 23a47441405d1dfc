package dev.superlevel.core.data;

import dev.superlevel.core.optim.Regularizer;

import java.util.Arrays;

/**
 * The class-weighted, robust, regularised risk of an {@link MlpArchitecture} on a {@link Dataset}
 * as a function of the flat parameter vector θ (SPEC §1, paper §3.2):
 *
 * <pre>
 *   R(θ) = Σ_i c_i·(−log softmax(f(x_i; θ))_{y_i}) + λ_reg·Ω(θ),   c_i = ρ_i·w_{y_i}/N
 * </pre>
 *
 * Ω covers every parameter, biases included (like torch's weight_decay on model.parameters()). Rows
 * with c_i = 0 are dropped at construction and have exactly no effect.
 *
 * <p>The value alone ({@link #value}, the hot path of slice sampling) goes through
 * {@link BlockedForward} in cache-sized blocks of rows. Back-propagation pushes the whole data set
 * through each layer at once: activations are stored neuron-major ({@code a[k·N + i]}), every inner
 * loop an axpy or a dot product over the N rows. A {@link Workspace} created once per thread makes
 * evaluation allocation-free.
 * Immutable and thread-safe; a {@link Workspace} belongs to one thread.
 */
public final class MlpRisk {

    private final MlpArchitecture arch;
    private final RiskOptions options;
    private final int n;
    /** Features column-major: x[j·N + i]. */
    private final double[] x;
    private final int[] y;
    private final double[] c;
    private final BlockedForward forward;
    private final FloatForward floatForward;

    public MlpRisk(Dataset data, MlpArchitecture arch, RiskOptions options) {
        if (data.featureCount() != arch.inputs() || data.classCount() != arch.classes()) {
            throw new IllegalArgumentException("network " + arch.inputs() + " inputs → " + arch.classes()
                    + " classes does not fit " + data.name() + " (" + data.featureCount() + " features, "
                    + data.classCount() + " classes)");
        }
        double[] factors = options.rowFactors(data);
        int[] kept = java.util.stream.IntStream.range(0, data.size()).filter(i -> factors[i] > 0).toArray();
        this.arch = arch;
        this.options = options;
        this.n = kept.length;
        this.x = new double[arch.inputs() * n];
        this.y = new int[n];
        this.c = new double[n];
        for (int r = 0; r < n; r++) {
            int i = kept[r];
            for (int j = 0; j < arch.inputs(); j++) {
                x[j * n + r] = data.feature(i, j);
            }
            y[r] = data.label(i);
            c[r] = factors[i];
        }
        RowLosses losses = new RowLosses(y, c);
        this.forward = new BlockedForward(arch, x, losses);
        this.floatForward = new FloatForward(arch, x, losses);
    }

    public MlpArchitecture architecture() {
        return arch;
    }

    public RiskOptions options() {
        return options;
    }

    /** The number of rows that carry weight. */
    public int effectiveRows() {
        return n;
    }

    /**
     * Scratch buffers for one thread: (2·(h1 + h2 + C))·N + (h1 + h2 + C + 6)·128 doubles and
     * (h1 + h2 + C + 1)·512 floats and (C + 4)·512 doubles for the float pass.
     */
    public Workspace newWorkspace() {
        return new Workspace(arch, n, forward.newBuffers(), floatForward.newBuffers());
    }

    /** R(θ) (value only, by {@link BlockedForward}). */
    public double value(double[] theta, Workspace ws) {
        return forward.dataLoss(theta, ws.blocks) + penalty(theta);
    }

    /**
     * R(θ) with the network run in single precision ({@link FloatForward}, as PyTorch runs it), the rows'
     * losses, their sum and the penalty in double: {@link #value} to single-precision round-off (about 1e-6
     * of the logits' size, absolute; see {@link FloatForward}), two to three times as fast. For pictures of a landscape, not for the steps of a run, whose
     * differences L(t+1) − L(t) can be smaller than that round-off.
     */
    public double valueInFloat(double[] theta, Workspace ws) {
        return floatForward.dataLoss(theta, ws.floatBlocks) + penalty(theta);
    }

    /** R(θ), and ∇R(θ) written into {@code grad} (exact back-propagation; the L1 subgradient is sign(θ)). */
    public double valueAndGradient(double[] theta, double[] grad, Workspace ws) {
        double value = value(theta, ws);
        forward(theta, ws);
        outputDeltas(ws);
        back(theta, grad, 2, ws.d3, ws.a2, ws.d2);
        arch.activation().backInPlace(ws.d2, ws.a2, 0, arch.hidden2() * n);
        back(theta, grad, 1, ws.d2, ws.a1, ws.d1);
        arch.activation().backInPlace(ws.d1, ws.a1, 0, arch.hidden1() * n);
        back(theta, grad, 0, ws.d1, x, null);
        Regularizer reg = options.regularizer();
        double lambda = options.regLambda();
        if (reg != Regularizer.NONE && lambda != 0) {
            for (int p = 0; p < grad.length; p++) {
                grad[p] += lambda * reg.gradient(theta[p]);
            }
        }
        return value;
    }

    private double penalty(double[] theta) {
        Regularizer reg = options.regularizer();
        return reg == Regularizer.NONE ? 0.0 : options.regLambda() * reg.penalty(theta);
    }

    private void forward(double[] theta, Workspace ws) {
        layer(theta, 0, x, ws.a1);
        arch.activation().applyInPlace(ws.a1, 0, arch.hidden1() * n);
        layer(theta, 1, ws.a1, ws.a2);
        arch.activation().applyInPlace(ws.a2, 0, arch.hidden2() * n);
        layer(theta, 2, ws.a2, ws.z3);
    }

    /** out[k·N + i] = b_k + Σ_j W[k][j]·in[j·N + i] for weight layer l. */
    private void layer(double[] theta, int l, double[] in, double[] out) {
        int fanIn = arch.fanIn(l);
        int wOff = arch.weightOffset(l);
        int bOff = arch.biasOffset(l);
        for (int k = 0; k < arch.fanOut(l); k++) {
            int base = k * n;
            Arrays.fill(out, base, base + n, theta[bOff + k]);
            for (int j = 0; j < fanIn; j++) {
                double w = theta[wOff + k * fanIn + j];
                int inBase = j * n;
                for (int i = 0; i < n; i++) {
                    out[base + i] += w * in[inBase + i];
                }
            }
        }
    }

    /** d3[k·N + i] = ∂R/∂z3 = c_i·(softmax(z3_i)_k − [k = y_i]), from the logits left by forward. */
    private void outputDeltas(Workspace ws) {
        int classes = arch.classes();
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, ws.z3[k * n + i]);
            }
            double s = 0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(ws.z3[k * n + i] - max);
                ws.d3[k * n + i] = e;
                s += e;
            }
            for (int k = 0; k < classes; k++) {
                ws.d3[k * n + i] = c[i] * (ws.d3[k * n + i] / s - (k == y[i] ? 1.0 : 0.0));
            }
        }
    }

    /**
     * Weight and bias gradients of layer l from its output deltas {@code dOut} and inputs {@code in};
     * when {@code dIn} is given, also the deltas of its inputs dIn[j·N + i] = Σ_k W[k][j]·dOut[k·N + i].
     */
    private void back(double[] theta, double[] grad, int l, double[] dOut, double[] in, double[] dIn) {
        int fanIn = arch.fanIn(l);
        int wOff = arch.weightOffset(l);
        int bOff = arch.biasOffset(l);
        if (dIn != null) {
            Arrays.fill(dIn, 0, fanIn * n, 0.0);
        }
        for (int k = 0; k < arch.fanOut(l); k++) {
            int base = k * n;
            double gb = 0;
            for (int i = 0; i < n; i++) {
                gb += dOut[base + i];
            }
            grad[bOff + k] = gb;
            for (int j = 0; j < fanIn; j++) {
                int inBase = j * n;
                double gw = 0;
                for (int i = 0; i < n; i++) {
                    gw += dOut[base + i] * in[inBase + i];
                }
                grad[wOff + k * fanIn + j] = gw;
                if (dIn != null) {
                    double w = theta[wOff + k * fanIn + j];
                    for (int i = 0; i < n; i++) {
                        dIn[inBase + i] += w * dOut[base + i];
                    }
                }
            }
        }
    }

    /** Per-thread scratch buffers of one {@link MlpRisk}; never shared between threads. */
    public static final class Workspace {
        final BlockedForward.Buffers blocks;
        final FloatForward.Buffers floatBlocks;
        final double[] a1;
        final double[] a2;
        final double[] z3;
        final double[] d1;
        final double[] d2;
        final double[] d3;

        Workspace(MlpArchitecture arch, int n, BlockedForward.Buffers blocks, FloatForward.Buffers floatBlocks) {
            this.blocks = blocks;
            this.floatBlocks = floatBlocks;
            a1 = new double[arch.hidden1() * n];
            a2 = new double[arch.hidden2() * n];
            z3 = new double[arch.classes() * n];
            d1 = new double[arch.hidden1() * n];
            d2 = new double[arch.hidden2() * n];
            d3 = new double[arch.classes() * n];
        }
    }
}
