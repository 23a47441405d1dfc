package dev.superlevel.core.data;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.Regularizer;

/**
 * The class-weighted, robust risk of two-class logistic regression as a landscape over θ = (w1, w2)
 * (SPEC §1 and §3, paper §3.2): logits f₀ = 0 and f₁ = z = w1·x1 + w2·x2 + b with a fixed bias b,
 *
 * <pre>
 *   L(w1, w2) = (1/N) Σ_i ρ_i·w_{y_i}·(−log softmax(f)_{y_i}) + λ_reg·Ω(w1, w2)
 * </pre>
 *
 * With s_i = z_i for y_i = 0 and s_i = −z_i for y_i = 1, the row loss is softplus(s_i) = log(1 + e^{s_i}),
 * computed stably as max(s, 0) + log1p(e^{−|s|}); its first derivative in s is σ(s) and its second
 * σ(s)(1 − σ(s)), so the gradient is Σ c_i σ(s_i)·sgn_i·x_i and the Hessian Σ c_i σ(1−σ)·x_i x_iᵀ
 * (exact), with c_i = ρ_i·w_{y_i}/N.
 *
 * <p>Rows whose factor c_i is 0 (ρ_i = 0 or a zero class weight) are dropped at construction, so they
 * have exactly no effect (not even 0·∞ = NaN). Immutable and thread-safe.
 */
public final class LogisticLoss implements LossFunction {

    private final double[] sx1;
    private final double[] sx2;
    private final double[] sb;
    private final double[] c;
    private final double bias;
    private final RiskOptions options;

    private LogisticLoss(double[] sx1, double[] sx2, double[] sb, double[] c, double bias, RiskOptions options) {
        this.sx1 = sx1;
        this.sx2 = sx2;
        this.sb = sb;
        this.c = c;
        this.bias = bias;
        this.options = options;
    }

    /**
     * @param data two classes (labels 0 and 1) and exactly two feature columns x1, x2
     * @param bias the fixed bias b (finite)
     * @throws IllegalArgumentException if the data does not fit the model or the options do not fit the data
     */
    public static LogisticLoss create(Dataset data, double bias, RiskOptions options) {
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException("model logistic needs exactly 2 feature columns (x1,x2), but "
                    + data.name() + " has " + data.featureCount() + "; use model mlp for more features");
        }
        if (data.classCount() != 2) {
            throw new IllegalArgumentException("model logistic needs 2 classes (labels 0 and 1), but "
                    + data.name() + " has " + data.classCount());
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias is " + bias + ", expected a finite number");
        }
        double[] factors = options.rowFactors(data);
        int kept = 0;
        for (double f : factors) {
            kept += f > 0 ? 1 : 0;
        }
        double[] sx1 = new double[kept];
        double[] sx2 = new double[kept];
        double[] sb = new double[kept];
        double[] c = new double[kept];
        int k = 0;
        for (int i = 0; i < data.size(); i++) {
            if (factors[i] > 0) {
                double sign = data.label(i) == 0 ? 1.0 : -1.0;
                sx1[k] = sign * data.feature(i, 0);
                sx2[k] = sign * data.feature(i, 1);
                sb[k] = sign * bias;
                c[k] = factors[i];
                k++;
            }
        }
        return new LogisticLoss(sx1, sx2, sb, c, bias, options);
    }

    public double bias() {
        return bias;
    }

    public RiskOptions options() {
        return options;
    }

    /** The number of rows that carry weight (c_i &gt; 0). */
    public int effectiveRows() {
        return c.length;
    }

    @Override
    public double value(double w1, double w2) {
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += c[i] * softplus(w1 * sx1[i] + (w2 * sx2[i] + sb[i]));
        }
        return sum + penalty(w1, w2);
    }

    @Override
    public Derivatives derivatives(double w1, double w2) {
        double v = 0;
        double g1 = 0;
        double g2 = 0;
        double h11 = 0;
        double h12 = 0;
        double h22 = 0;
        for (int i = 0; i < c.length; i++) {
            double s = w1 * sx1[i] + (w2 * sx2[i] + sb[i]);
            double e = Math.exp(-Math.abs(s));
            double sigma = s >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            double curvature = c[i] * (e / ((1.0 + e) * (1.0 + e)));
            v += c[i] * (Math.max(s, 0.0) + log1pOfSmall(e));
            g1 += c[i] * sigma * sx1[i];
            g2 += c[i] * sigma * sx2[i];
            h11 += curvature * sx1[i] * sx1[i];
            h12 += curvature * sx1[i] * sx2[i];
            h22 += curvature * sx2[i] * sx2[i];
        }
        Regularizer reg = options.regularizer();
        double lambda = options.regLambda();
        double hReg = lambda * (reg == Regularizer.L2 ? 1.0 : 0.0);
        return new Derivatives(v + penalty(w1, w2),
                g1 + lambda * reg.gradient(w1), g2 + lambda * reg.gradient(w2),
                h11 + hReg, h12, h22 + hReg);
    }

    /**
     * Row-at-a-time sampling: the part of s_i that depends only on w2 is computed once per row and data
     * point, the loop over grid columns is innermost. Gives exactly the values of {@link #value}.
     */
    @Override
    public void valuesAlongRow(double[] xs, double w2, double[] out, int offset) {
        int n = xs.length;
        java.util.Arrays.fill(out, offset, offset + n, 0.0);
        for (int i = 0; i < c.length; i++) {
            double a = w2 * sx2[i] + sb[i];
            double x1 = sx1[i];
            double ci = c[i];
            for (int k = 0; k < n; k++) {
                out[offset + k] += ci * softplus(xs[k] * x1 + a);
            }
        }
        for (int k = 0; k < n; k++) {
            out[offset + k] += penalty(xs[k], w2);
        }
    }

    private double penalty(double w1, double w2) {
        Regularizer reg = options.regularizer();
        if (reg == Regularizer.NONE) {
            return 0.0;
        }
        double omega = reg == Regularizer.L1 ? Math.abs(w1) + Math.abs(w2) : 0.5 * (w1 * w1 + w2 * w2);
        return options.regLambda() * omega;
    }

    /** log(1 + e^s) without overflow or cancellation. */
    static double softplus(double s) {
        return Math.max(s, 0.0) + log1pOfSmall(Math.exp(-Math.abs(s)));
    }

    /**
     * log(1 + e) for e in [0, 1], accurate to a few ulps (Goldberg's correction, "What every computer
     * scientist should know about floating-point arithmetic", 1991, Thm. 4): the rounding of u = 1 + e
     * is undone by the factor e/(u − 1). Used instead of {@link Math#log1p} because JDK 17 runs that
     * through a native call, several times slower than the intrinsic {@link Math#log}, and this is
     * the inner loop of every sampled grid (N·nx·ny evaluations).
     */
    static double log1pOfSmall(double e) {
        double u = 1.0 + e;
        return u == 1.0 ? e : Math.log(u) * (e / (u - 1.0));
    }
}
