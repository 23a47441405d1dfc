package dev.superlevel.core.optim;

/**
 * The learning rate of update t (t = 0 is the first update) as the base rate α₀ times the
 * schedule's multiplier:
 * <pre>
 * constant     α₀
 * exponential  α₀·e^(−βt)
 * norm         α₀/(1 + ‖g‖)
 * exp-norm     α₀·e^(−βt)/(1 + ‖g‖)
 * step         α₀·γ^⌊t/k⌋
 * cosine       α₀·(f + (1 − f)·(1 + cos(π·min(t, T)/T))/2)      (T = horizon, f = floor; T = 0: α₀)
 * </pre>
 * where ‖g‖ is the Euclidean norm of the gradient handed to the optimizer at that update.
 * Immutable and thread-safe.
 */
public final class Schedule {

    private final ScheduleKind kind;
    private final double beta;
    private final double gamma;
    private final int every;
    private final int horizon;
    private final double floor;

    private Schedule(ScheduleKind kind, double beta, double gamma, int every, int horizon, double floor) {
        this.kind = kind;
        this.beta = beta;
        this.gamma = gamma;
        this.every = every;
        this.horizon = horizon;
        this.floor = floor;
    }

    /** The schedule of a run configuration. */
    public static Schedule of(RunConfig cfg) {
        return new Schedule(cfg.schedule(), cfg.decay(), cfg.stepGamma(), cfg.stepEvery(),
                cfg.effectiveCosineHorizon(), cfg.cosineFloor());
    }

    /**
     * The learning rate of update t.
     *
     * @param baseRate α₀
     * @param t the update index, 0 for the first update
     * @param gradientNorm ‖g‖ of the gradient of this update (used by norm and exp-norm only)
     */
    public double rate(double baseRate, int t, double gradientNorm) {
        return switch (kind) {
            case CONSTANT -> baseRate;
            case EXPONENTIAL -> baseRate * Math.exp(-beta * t);
            case NORM -> baseRate / (1 + gradientNorm);
            case EXP_NORM -> baseRate * Math.exp(-beta * t) / (1 + gradientNorm);
            case STEP -> baseRate * Math.pow(gamma, t / every);
            case COSINE -> baseRate * cosineMultiplier(t);
        };
    }

    private double cosineMultiplier(int t) {
        if (horizon == 0) {
            return 1.0;
        }
        double progress = Math.min(t, horizon) / (double) horizon;
        return floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    public ScheduleKind kind() {
        return kind;
    }
}
