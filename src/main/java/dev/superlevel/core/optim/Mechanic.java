package dev.superlevel.core.optim;

/**
 * Mechanic, the learning-rate tuner of Cutkosky, Defazio and Mehta ("Mechanic: A Learning Rate
 * Tuner", NeurIPS 2023, arXiv:2306.00144), which the paper's §6 transcribes with errors. It wraps a
 * base optimizer and learns a scale S = Σ_j s_j of the base's accumulated updates, one coin-betting
 * learner s_j per β_j ∈ (0.9, 0.99, …, 0.999999). Reference ("torch") step, SPEC §1.1:
 * <pre>
 * xb = BASE.step(x_t, g_t);  u = xb − x_t;  S = s0+…+s5
 * Δ  = (x_t − x_ref)/(S + ε)
 * h  = Σ_i Δ_i·(g_i + λ·xb_i·S·‖g‖/(‖xb‖ + ε));   Δ = Δ + u
 * m_j = max(β_j m_j, |h|);  v_j = β_j² v_j + h²;  r_j = max(β_j r_j − s_j h, 0)
 * s_j = (m_j·s_init/n + r_j)/(sqrt(v_j) + ε);     x_{t+1} = x_ref + Δ·max(Σ s, 0)
 * </pre>
 * The {@link MechanicVariant#OPTAX} and {@link MechanicVariant#PAPER} flavours differ as documented
 * there. x_ref is the point of the first step. The effective step size is S·lr_base.
 *
 * <p>Not thread-safe. The state accessors return copies.
 */
public final class Mechanic extends AbstractOptimizer {

    private static final double[] BETAS = {0.9, 0.99, 0.999, 0.9999, 0.99999, 0.999999};

    private final Optimizer base;
    private final MechanicVariant variant;
    private final double lambda;
    private final double sInit;
    private final double eps;
    private final int betaCount = BETAS.length;
    private final double[] s = new double[BETAS.length];
    private final double[] m = new double[BETAS.length];
    private final double[] v = new double[BETAS.length];
    private final double[] r = new double[BETAS.length];
    private final double[] xRef;
    private final double[] xb;
    private final double[] delta;

    /**
     * @param base the wrapped optimizer (its own state is kept; it moves a copy of the iterate)
     * @param lambda Mechanic's λ
     * @param sInit s_init
     * @param eps Mechanic's ε
     */
    public Mechanic(Optimizer base, MechanicVariant variant, double lambda, double sInit, double eps) {
        super(base.dimension());
        this.base = base;
        this.variant = variant;
        this.lambda = lambda;
        this.sInit = sInit;
        this.eps = eps;
        this.xRef = new double[n];
        this.xb = new double[n];
        this.delta = new double[n];
        java.util.Arrays.fill(s, variant == MechanicVariant.OPTAX ? sInit : 0.0);
        java.util.Arrays.fill(m, variant == MechanicVariant.TORCH ? 1e-6 : 0.0);
    }

    /** The base optimizer's internals (Mechanic moves the iterate along the base's steps, rescaled). */
    @Override
    public void copyInternals(double[] buffer, double[] direction) {
        base.copyInternals(buffer, direction);
    }

    /**
     * The tuner's reference direction Δ after its last step, oriented so that x_{t+1} = x_ref + S·Δ with S
     * the new Σ s_j (clamped at 0 by the torch and paper variants; optax's is never negative and stores −Δ,
     * negated here); NaN before the first step.
     */
    public void copyReferenceDirection(double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = count == 0 ? Double.NaN : variant == MechanicVariant.OPTAX ? -delta[i] : delta[i];
        }
    }

    @Override
    protected void update(double[] x, double[] g, double lr) {
        if (count == 1) {
            System.arraycopy(x, 0, xRef, 0, n);
        }
        System.arraycopy(x, 0, xb, 0, n);
        base.step(xb, g, lr);
        double h = correlate(x, g);
        bet(h);
        moveFromReference(x);
    }

    /**
     * One pass over the coordinates for all three variants: the previous Δ (recomputed from x_t by torch and
     * optax, with optax's opposite sign; stored by paper), h += Δ_prev·(λ-decayed g), and the new Δ. The
     * λ-term decays xb in torch and x_t in the others, each in its own operation order (kept, so the golden
     * trajectories match bit for bit).
     */
    private double correlate(double[] x, double[] g) {
        double sum = scaleSum();
        double[] decayedPoint = variant == MechanicVariant.TORCH ? xb : x;
        double gNorm = norm(g);
        double pointNorm = norm(decayedPoint);
        double h = 0.0;
        for (int i = 0; i < n; i++) {
            double previous = switch (variant) {
                case TORCH -> (x[i] - xRef[i]) / (sum + eps);
                case OPTAX -> (xRef[i] - x[i]) / (sum + eps);
                case PAPER -> delta[i];
            };
            double decayed = variant == MechanicVariant.OPTAX
                    ? g[i] + (((lambda * sum) * gNorm) / (pointNorm + eps)) * x[i]
                    : g[i] + (((lambda * decayedPoint[i]) * sum) * gNorm) / (pointNorm + eps);
            h += previous * decayed;
            double u = xb[i] - x[i];
            delta[i] = variant == MechanicVariant.OPTAX ? previous - u : previous + u;
        }
        return h;
    }

    /**
     * m, v, r and s of every learner. optax adds ε to |h| in m, bets the clipped h and keeps r signed
     * (clamping it at 0 only in the wealth); torch and paper clamp r itself. r_j·β − s_j·(−c) equals
     * optax's β·r_j + c·s_j exactly, so one line serves both.
     */
    private void bet(double h) {
        boolean optax = variant == MechanicVariant.OPTAX;
        for (int j = 0; j < betaCount; j++) {
            double beta = BETAS[j];
            double bet = optax ? -Math.max(-m[j], Math.min(h, m[j])) : h;
            m[j] = Math.max(beta * m[j], optax ? Math.abs(h) + eps : Math.abs(h));
            v[j] = v[j] * (beta * beta) + h * h;
            double reward = r[j] * beta - s[j] * bet;
            r[j] = optax ? reward : Math.max(reward, 0.0);
            double wealth = optax ? (sInit / betaCount) * m[j] + Math.max(0.0, r[j])
                    : (m[j] * sInit) / betaCount + r[j];
            s[j] = wealth / (Math.sqrt(v[j]) + eps);
        }
    }

    /** x_{t+1} = x_ref + Δ·max(S, 0) (torch, paper) or x_ref − S·Δ (optax, whose Δ has the other sign). */
    private void moveFromReference(double[] x) {
        double sum = scaleSum();
        for (int i = 0; i < n; i++) {
            x[i] = variant == MechanicVariant.OPTAX ? xRef[i] - sum * delta[i]
                    : xRef[i] + delta[i] * Math.max(sum, 0.0);
        }
    }

    private double norm(double[] a) {
        double sq = 0.0;
        for (int i = 0; i < n; i++) {
            sq += a[i] * a[i];
        }
        return Math.sqrt(sq);
    }

    /** S = s_0 + … + s_{n−1}, summed in index order: the current learned scale. */
    public double scaleSum() {
        double sum = 0.0;
        for (int j = 0; j < betaCount; j++) {
            sum += s[j];
        }
        return sum;
    }

    /** The β_j of the six learners. */
    public double[] betas() {
        return BETAS.clone();
    }

    /** The per-β scales s_j. */
    public double[] s() {
        return s.clone();
    }

    /** Copies the six s_j into {@code out[offset..offset+5]} without allocating. */
    public void copyScales(double[] out, int offset) {
        System.arraycopy(s, 0, out, offset, betaCount);
    }

    /** The per-β running maxima m_j of |h|. */
    public double[] m() {
        return m.clone();
    }

    /** The per-β discounted sums v_j of h². */
    public double[] v() {
        return v.clone();
    }

    /** The per-β rewards (wealth) r_j. */
    public double[] r() {
        return r.clone();
    }

    public MechanicVariant variant() {
        return variant;
    }

    public Optimizer base() {
        return base;
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.MECHANIC;
    }
}
