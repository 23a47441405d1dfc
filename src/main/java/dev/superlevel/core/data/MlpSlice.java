package dev.superlevel.core.data;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;

/**
 * A 2-D slice through the loss landscape of a trained MLP, L(a, b) = R(θ* + a·δ₁ + b·δ₂), with δ₁, δ₂
 * filter-normalised random directions ({@link FilterNormalization}) and R the {@link MlpRisk}.
 *
 * <p>The value and gradient are exact: ∂L/∂a = ∇R·δ₁ and ∂L/∂b = ∇R·δ₂ by back-propagation. The
 * Hessian is <b>not</b> exact: it is the central difference of that exact gradient with step
 * {@link #HESSIAN_STEP} (truncation error O(h²), symmetrised: h_ab = (∂_b g_a + ∂_a g_b)/2), i.e. four
 * extra gradient evaluations. L(0, 0) equals R(θ*) exactly. Pictures are sampled with the network in single
 * precision ({@link #valuesAlongRow}), as PyTorch runs it, to float round-off of these values ({@link FloatForward}).
 *
 * <p>Immutable and thread-safe: each thread evaluates with its own scratch buffers (a
 * {@link ThreadLocal}), so sampling a row allocates nothing per sample.
 */
public final class MlpSlice implements LossFunction {

    /** Step of the finite-difference Hessian, in units of a and b (a direction is as long as θ*). */
    public static final double HESSIAN_STEP = 1e-4;

    private final MlpRisk risk;
    private final double[] thetaStar;
    private final double[] d1;
    private final double[] d2;
    private final ThreadLocal<Scratch> scratch;

    /**
     * @param thetaStar the centre θ* of the slice
     * @param directionSeed seed of δ₁, δ₂
     */
    public MlpSlice(MlpRisk risk, double[] thetaStar, long directionSeed) {
        MlpArchitecture arch = risk.architecture();
        double[][] d = FilterNormalization.directions(arch, thetaStar, directionSeed);
        this.risk = risk;
        this.thetaStar = thetaStar.clone();
        this.d1 = d[0];
        this.d2 = d[1];
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(risk));
    }

    /**
     * Trains the network {@code config} describes on {@code data} with the project optimizer
     * {@code config.optimizer()}, then slices around the result with directions from {@code ~config.seed()}.
     */
    public static MlpSlice train(Dataset data, RiskOptions options, MlpConfig config, TrainingListener listener,
            Cancellation cancel) {
        MlpArchitecture arch = config.architecture(data.featureCount(), data.classCount());
        return train(data, options, config, UpdateRule.optimizer(config.optimizer(), arch.parameterCount()),
                listener, cancel);
    }

    /**
     * Trains the network {@code config} describes on {@code data} (labels 0..C−1 give C outputs) with
     * {@code rule}, then slices around the result with directions from {@code ~config.seed()}.
     */
    public static MlpSlice train(Dataset data, RiskOptions options, MlpConfig config, UpdateRule rule,
            TrainingListener listener, Cancellation cancel) {
        MlpRisk risk = new MlpRisk(data, config.architecture(data.featureCount(), data.classCount()), options);
        double[] thetaStar = MlpTrainer.train(risk, config, rule, listener, cancel);
        return new MlpSlice(risk, thetaStar, ~config.seed());
    }

    public MlpRisk risk() {
        return risk;
    }

    /** A copy of θ*. */
    public double[] center() {
        return thetaStar.clone();
    }

    /** A copy of δ₁ (i = 0) or δ₂ (i = 1). */
    public double[] direction(int i) {
        return (i == 0 ? d1 : d2).clone();
    }

    /** R(θ*), the loss the training ended at (= L(0, 0)). */
    public double trainedLoss() {
        return value(0, 0);
    }

    @Override
    public double value(double a, double b) {
        Scratch s = scratch.get();
        s.moveTo(a, b);
        return risk.value(s.theta, s.ws);
    }

    /**
     * The values of a picture: L(a, b) with the network run in single precision ({@link MlpRisk#valueInFloat},
     * as PyTorch runs it), which differs from {@link #value} by single-precision round-off ({@code MlpSliceReferenceTest} bounds
     * it; measured in {@link FloatForward}) and takes a third to half the time. Every pixel, level set and
     * persistence figure of a slice comes from here; a run, its steps and read-outs use {@link #value}, exact
     * to double round-off, since the step-to-step changes of a converging run are smaller than that round-off.
     */
    @Override
    public void valuesAlongRow(double[] as, double b, double[] out, int offset) {
        for (int k = 0; k < as.length; k++) {
            out[offset + k] = valueInFloat(as[k], b);
        }
    }

    /** One value of {@link #valuesAlongRow}. */
    double valueInFloat(double a, double b) {
        Scratch s = scratch.get();
        s.moveTo(a, b);
        return risk.valueInFloat(s.theta, s.ws);
    }

    @Override
    public Derivatives derivatives(double a, double b) {
        Scratch s = scratch.get();
        double[] g = new double[2];
        double value = projectedGradient(s, a, b, g);
        double h = HESSIAN_STEP;
        double[] ap = new double[2];
        double[] am = new double[2];
        double[] bp = new double[2];
        double[] bm = new double[2];
        projectedGradient(s, a + h, b, ap);
        projectedGradient(s, a - h, b, am);
        projectedGradient(s, a, b + h, bp);
        projectedGradient(s, a, b - h, bm);
        double haa = (ap[0] - am[0]) / (2 * h);
        double hbb = (bp[1] - bm[1]) / (2 * h);
        double hab = 0.5 * ((bp[0] - bm[0]) / (2 * h) + (ap[1] - am[1]) / (2 * h));
        return new Derivatives(value, g[0], g[1], haa, hab, hbb);
    }

    /** L(a, b), and (∇R·δ₁, ∇R·δ₂) into {@code g}. */
    private double projectedGradient(Scratch s, double a, double b, double[] g) {
        s.moveTo(a, b);
        double value = risk.valueAndGradient(s.theta, s.grad, s.ws);
        double ga = 0;
        double gb = 0;
        for (int p = 0; p < s.grad.length; p++) {
            ga += s.grad[p] * d1[p];
            gb += s.grad[p] * d2[p];
        }
        g[0] = ga;
        g[1] = gb;
        return value;
    }

    /** One thread's buffers: the moved parameters, their gradient and the network's activations. */
    private final class Scratch {
        final double[] theta;
        final double[] grad;
        final MlpRisk.Workspace ws;

        Scratch(MlpRisk risk) {
            theta = new double[thetaStar.length];
            grad = new double[thetaStar.length];
            ws = risk.newWorkspace();
        }

        /** θ = (θ* + a·δ₁) + b·δ₂ per parameter, in that order (callers comparing bit for bit rely on it). */
        void moveTo(double a, double b) {
            for (int p = 0; p < theta.length; p++) {
                theta[p] = thetaStar[p] + a * d1[p] + b * d2[p];
            }
        }
    }
}
