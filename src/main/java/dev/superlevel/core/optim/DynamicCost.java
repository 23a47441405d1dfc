package dev.superlevel.core.optim;

import dev.superlevel.core.function.Derivatives;

/**
 * The paper's regularised, time-modulated cost J(θ, t) = γ(t)·(L(θ) + λ_reg·Ω(θ)) with
 * γ(t) = 1 + κ·e^(−δt) (t = number of updates made so far) and Ω one of {@link Regularizer}.
 * With κ = 0 and no penalty J is exactly L and its gradient exactly ∇L (no arithmetic is applied).
 * Immutable and thread-safe.
 */
public final class DynamicCost {

    private final double kappa;
    private final double delta;
    private final Regularizer reg;
    private final double regLambda;
    private final boolean isPlain;

    public DynamicCost(RunConfig cfg) {
        this.kappa = cfg.costKappa();
        this.delta = cfg.costDelta();
        this.reg = cfg.costReg();
        this.regLambda = cfg.costRegLambda();
        this.isPlain = cfg.isPlainCost();
    }

    /** γ(t) = 1 + κ·e^(−δt). */
    public double gamma(int t) {
        return 1 + kappa * Math.exp(-delta * t);
    }

    /** J(θ, t) given L(θ). */
    public double value(double loss, double[] theta, int t) {
        if (isPlain) {
            return loss;
        }
        return gamma(t) * (loss + regLambda * reg.penalty(theta));
    }

    /** Writes ∇J(θ, t) = γ(t)(∇L + λ_reg·∇Ω) into {@code out} (length 2) given L's derivatives. */
    public void gradient(Derivatives d, double[] theta, int t, double[] out) {
        out[0] = d.gx();
        out[1] = d.gy();
        if (isPlain) {
            return;
        }
        double gamma = gamma(t);
        for (int i = 0; i < 2; i++) {
            out[i] = gamma * (out[i] + regLambda * reg.gradient(theta[i]));
        }
    }
}
