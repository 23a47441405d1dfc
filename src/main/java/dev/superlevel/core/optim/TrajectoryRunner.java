package dev.superlevel.core.optim;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.surface.SurfaceInterpolant;

import java.util.SplittableRandom;

/**
 * Runs an optimizer on a 2-D loss from a start point and records every iterate with its Lyapunov
 * and Taylor diagnostics (see {@link TrajectoryStep}).
 *
 * <p>Update t (t = 0, 1, …): g = ∇J(θ_t, t) (+ σ·N(0, 1) per coordinate when noise is on, from a
 * {@link SplittableRandom} seeded with the config's seed), α = schedule(α₀, t, ‖g‖), then the
 * optimizer step. The run stops cleanly, never throwing, with status {@link RunStatus#DIVERGED}
 * when the iterate is NaN or leaves |x|, |y| ≤ {@value #BOUND}, or the loss or its gradient is
 * not finite ("diverged at step 37: loss is Infinity"); the offending iterate is not recorded. On a
 * sampled surface ({@link SurfaceInterpolant}) an iterate off the grid or in a cell with an undefined
 * sample ends the run first, with {@link RunStatus#LEFT_SURFACE} ("left the surface at step 12: …").
 * Cancellation is checked every 1024 updates and ends the run with {@link RunStatus#CANCELLED}.
 * Stateless and thread-safe; each run owns its optimizer.
 */
public final class TrajectoryRunner {

    /** The bound on |x| and |y| past which a run counts as diverged. */
    public static final double BOUND = 1e6;

    private static final int CANCEL_CHECK_MASK = 1023;

    private TrajectoryRunner() {
    }

    /** A run with the Lyapunov function V = L. */
    public static Trajectory run(LossFunction loss, RunConfig cfg, Cancellation cancel) {
        return run(loss, loss, cfg, cancel);
    }

    /**
     * A run whose dV/dt column uses the given Lyapunov function.
     *
     * @param lyapunov V; pass {@code loss} itself for the default V = L
     */
    public static Trajectory run(LossFunction loss, LossFunction lyapunov, RunConfig cfg, Cancellation cancel) {
        if (loss == null || lyapunov == null || cfg == null) {
            throw new IllegalArgumentException("loss, Lyapunov function and run configuration must be given");
        }
        return new Run(loss, lyapunov, cfg, cancel == null ? Cancellation.NONE : cancel).execute();
    }

    /** The mutable state of one run. */
    private static final class Run {
        private final LossFunction loss;
        private final LossFunction lyapunov;
        private final RunConfig cfg;
        private final Cancellation cancel;
        private final Trajectory.Columns c;
        private final Optimizer optimizer;
        private final Mechanic mechanic;
        private final Schedule schedule;
        private final DynamicCost cost;
        private final SplittableRandom noise;
        private final double[] theta;
        private final double[] g = new double[2];
        private final double[] buffer = new double[2];
        private final double[] direction = new double[2];
        /** The base rate of the update from the last recorded row (before Mechanic's scale). */
        private double rate;
        private int rows;

        Run(LossFunction loss, LossFunction lyapunov, RunConfig cfg, Cancellation cancel) {
            this.loss = loss;
            this.lyapunov = lyapunov;
            this.cfg = cfg;
            this.cancel = cancel;
            this.optimizer = Optimizers.create(cfg, 2);
            this.mechanic = optimizer instanceof Mechanic mech ? mech : null;
            this.c = new Trajectory.Columns(cfg.steps() + 1, mechanic != null);
            this.schedule = Schedule.of(cfg);
            this.cost = new DynamicCost(cfg);
            this.noise = cfg.noise() > 0 ? new SplittableRandom(cfg.seed()) : null;
            this.theta = new double[] {cfg.startX(), cfg.startY()};
        }

        Trajectory execute() {
            int t = 0;
            try {
                Derivatives d = loss.derivatives(theta[0], theta[1]);
                for (;; t++) {
                    String off = offSurface();
                    if (off != null) {
                        return finish(RunStatus.LEFT_SURFACE, "left the surface at step " + t + ": " + off);
                    }
                    String problem = problem(d);
                    if (problem != null) {
                        return finish(RunStatus.DIVERGED, "diverged at step " + t + ": " + problem);
                    }
                    record(t, d);
                    if (t == cfg.steps()) {
                        return finish(RunStatus.COMPLETED, "completed " + t + " steps");
                    }
                    if ((t & CANCEL_CHECK_MASK) == 0) {
                        cancel.check();
                    }
                    d = advance(t, d);
                }
            } catch (CancelledException e) {
                return finish(RunStatus.CANCELLED, "cancelled at step " + t);
            } catch (RuntimeException e) {
                return finish(RunStatus.DIVERGED, "stopped at step " + t + ": " + e.getMessage());
            }
        }

        /** Where θ_t lies off a sampled surface's defined cells, or null (also for any other loss). */
        private String offSurface() {
            if (!(loss instanceof SurfaceInterpolant surface) || Double.isNaN(theta[0]) || Double.isNaN(theta[1])
                    || surface.isDefinedAt(theta[0], theta[1])) {
                return null;
            }
            String at = "(" + theta[0] + ", " + theta[1] + ")";
            return surface.surface().domain().contains(theta[0], theta[1])
                    ? at + " is in a cell with an undefined sample" : at + " is outside the grid";
        }

        /** Why θ_t and L's derivatives there cannot continue the run, or null if they can. */
        private String problem(Derivatives d) {
            if (Double.isNaN(theta[0]) || Double.isNaN(theta[1])) {
                return "position is NaN";
            }
            if (!(Math.abs(theta[0]) <= BOUND && Math.abs(theta[1]) <= BOUND)) {
                return "left the bound |θ| ≤ 1e6";
            }
            if (!Double.isFinite(d.value())) {
                return "loss is " + d.value();
            }
            if (!Double.isFinite(d.gx()) || !Double.isFinite(d.gy())) {
                return "gradient is " + (Double.isFinite(d.gx()) ? d.gy() : d.gx());
            }
            return null;
        }

        /** Fills row t: the iterate, its loss, objective and gradient, and the rate leaving it. */
        private void record(int t, Derivatives d) {
            c.x[t] = theta[0];
            c.y[t] = theta[1];
            c.loss[t] = d.value();
            c.objective[t] = cost.value(d.value(), theta, t);
            c.gx[t] = d.gx();
            c.gy[t] = d.gy();
            c.gradNorm[t] = Math.sqrt(d.gx() * d.gx() + d.gy() * d.gy());
            c.clearNextStep(t);
            rows = t + 1;
            cost.gradient(d, theta, t, g);
            if (noise != null) {
                g[0] += cfg.noise() * noise.nextGaussian();
                g[1] += cfg.noise() * noise.nextGaussian();
            }
            rate = schedule.rate(cfg.learningRate(), t, Math.sqrt(g[0] * g[0] + g[1] * g[1]));
            c.lr[t] = mechanic == null ? rate : mechanic.scaleSum() * rate;
            c.tunerS[t] = mechanic == null ? Double.NaN : mechanic.scaleSum();
            if (mechanic != null) {
                mechanic.copyScales(c.tunerScales, t * Trajectory.TUNER_BETAS);
                mechanic.copyBettorState(c.tunerM, c.tunerV, c.tunerR, t * Trajectory.TUNER_BETAS);
            }
        }

        /** Makes update t from row t (whose gradient is in {@link #g}) and fills its diagnostics. */
        private Derivatives advance(int t, Derivatives d) {
            double x0 = theta[0];
            double y0 = theta[1];
            c.usedGx[t] = g[0];
            c.usedGy[t] = g[1];
            optimizer.step(theta, g, rate);
            recordInternals(t);
            Derivatives next = loss.derivatives(theta[0], theta[1]);
            double dx = theta[0] - x0;
            double dy = theta[1] - y0;
            double taylor1 = d.gx() * dx + d.gy() * dy;
            c.taylor1[t] = taylor1;
            c.taylor2[t] = taylor1 + 0.5 * (d.hxx() * dx * dx + 2 * d.hxy() * dx * dy + d.hyy() * dy * dy);
            c.deltaL[t] = next.value() - d.value();
            if (lyapunov == loss) {
                c.dVdt[t] = taylor1;
            } else {
                Derivatives v = lyapunov.derivatives(x0, y0);
                c.dVdt[t] = v.gx() * dx + v.gy() * dy;
            }
            return next;
        }

        /** The optimizer's buffer, direction and (Mechanic) reference direction after update t. */
        private void recordInternals(int t) {
            optimizer.copyInternals(buffer, direction);
            c.bufferX[t] = buffer[0];
            c.bufferY[t] = buffer[1];
            c.directionX[t] = direction[0];
            c.directionY[t] = direction[1];
            if (mechanic != null) {
                mechanic.copyReferenceDirection(buffer);
                c.referenceX[t] = buffer[0];
                c.referenceY[t] = buffer[1];
            } else {
                c.referenceX[t] = Double.NaN;
                c.referenceY[t] = Double.NaN;
            }
        }

        private Trajectory finish(RunStatus status, String message) {
            if (rows > 0) {
                c.clearNextStep(rows - 1);
            }
            return new Trajectory(cfg, c, rows, status, message);
        }
    }
}
