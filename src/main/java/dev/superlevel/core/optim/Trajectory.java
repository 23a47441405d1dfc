package dev.superlevel.core.optim;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The result of one run: rows 0..{@link #size()}−1 (row 0 = start, row t = after t updates), how
 * the run ended and why. Stored column by column in primitive arrays so that a 10⁶-step run costs
 * no per-row objects; {@link #steps()} is a read-only view that builds {@link TrajectoryStep}s on
 * demand. Immutable once returned by {@link TrajectoryRunner}; safe to share between threads.
 */
public final class Trajectory {

    /** The number of per-β learners of the Mechanic tuner. */
    static final int TUNER_BETAS = 6;

    private final RunConfig config;
    private final Columns columns;
    private final int size;
    private final RunStatus status;
    private final String statusMessage;

    Trajectory(RunConfig config, Columns columns, int size, RunStatus status, String statusMessage) {
        this.config = config;
        this.columns = columns;
        this.size = size;
        this.status = status;
        this.statusMessage = statusMessage;
    }

    /** The configuration that produced this trajectory. */
    public RunConfig config() {
        return config;
    }

    /** The number of rows (updates made + 1, or 0 if the start point itself was undefined). */
    public int size() {
        return size;
    }

    /** Row t. */
    public TrajectoryStep step(int t) {
        if (t < 0 || t >= size) {
            throw new IndexOutOfBoundsException("row " + t + " of a trajectory with " + size + " rows");
        }
        Columns c = columns;
        return new TrajectoryStep(t, c.x[t], c.y[t], c.loss[t], c.objective[t], c.lr[t], c.gx[t], c.gy[t],
                c.gradNorm[t], c.dVdt[t], c.deltaL[t], c.taylor1[t], c.taylor2[t], c.tunerS[t]);
    }

    /**
     * Mechanic's six per-β scales s_j at row t (their sum is {@link TrajectoryStep#tunerS()}), or an
     * empty array for the other optimizers.
     */
    public double[] tunerScales(int t) {
        step(t); // bounds check
        if (columns.tunerScales == null) {
            return new double[0];
        }
        double[] out = new double[TUNER_BETAS];
        System.arraycopy(columns.tunerScales, t * TUNER_BETAS, out, 0, TUNER_BETAS);
        return out;
    }

    /**
     * Mechanic's whole state at row t (the β_j and the s_j, m_j, v_j, r_j the update leaving row t
     * starts from), or null for the other optimizers.
     */
    public TunerState tunerState(int t) {
        step(t); // bounds check
        if (columns.tunerScales == null) {
            return null;
        }
        return new TunerState(columns.tunerS[t], Mechanic.BETAS.clone(), slice(columns.tunerScales, t),
                slice(columns.tunerM, t), slice(columns.tunerV, t), slice(columns.tunerR, t));
    }

    private static double[] slice(double[] rowMajor, int t) {
        double[] out = new double[TUNER_BETAS];
        System.arraycopy(rowMajor, t * TUNER_BETAS, out, 0, TUNER_BETAS);
        return out;
    }

    /**
     * The optimizer's internals in the update from row t (recorded during the run), all NaN on the last row.
     */
    public StepInternals internals(int t) {
        step(t); // bounds check
        Columns c = columns;
        boolean last = t == size - 1;
        return new StepInternals(c.usedGx[t], c.usedGy[t], c.bufferX[t], c.bufferY[t], c.directionX[t],
                c.directionY[t], c.referenceX[t], c.referenceY[t], last ? Double.NaN : c.x[t + 1] - c.x[t],
                last ? Double.NaN : c.y[t + 1] - c.y[t]);
    }

    /** All rows as a read-only random-access view. */
    public List<TrajectoryStep> steps() {
        return new StepView();
    }

    /** The last row, or null if there is none. */
    public TrajectoryStep last() {
        return size == 0 ? null : step(size - 1);
    }

    public RunStatus status() {
        return status;
    }

    /** "completed 500 steps", "diverged at step 37: loss is Infinity", "cancelled at step 2048". */
    public String statusMessage() {
        return statusMessage;
    }

    /** The number of updates that raised the loss (Lyapunov violations). */
    public int violationCount() {
        int count = 0;
        for (int t = 0; t < size; t++) {
            if (columns.deltaL[t] > 0) {
                count++;
            }
        }
        return count;
    }

    private final class StepView extends AbstractList<TrajectoryStep> implements RandomAccess {
        @Override
        public TrajectoryStep get(int index) {
            return step(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Column storage filled by the runner, one array per {@link TrajectoryStep} component. */
    static final class Columns {
        final double[] x;
        final double[] y;
        final double[] loss;
        final double[] objective;
        final double[] lr;
        final double[] gx;
        final double[] gy;
        final double[] gradNorm;
        final double[] dVdt;
        final double[] deltaL;
        final double[] taylor1;
        final double[] taylor2;
        final double[] tunerS;
        /** Row-major s_j per row (6 per row), only for Mechanic runs; else null. */
        final double[] tunerScales;
        /** Row-major m_j, v_j, r_j per row (6 per row each), only for Mechanic runs; else null. */
        final double[] tunerM;
        final double[] tunerV;
        final double[] tunerR;
        /** Optimizer internals of the update from each row (see {@link StepInternals}). */
        final double[] usedGx;
        final double[] usedGy;
        final double[] bufferX;
        final double[] bufferY;
        final double[] directionX;
        final double[] directionY;
        final double[] referenceX;
        final double[] referenceY;

        Columns(int capacity, boolean isTuned) {
            tunerScales = isTuned ? new double[capacity * TUNER_BETAS] : null;
            tunerM = isTuned ? new double[capacity * TUNER_BETAS] : null;
            tunerV = isTuned ? new double[capacity * TUNER_BETAS] : null;
            tunerR = isTuned ? new double[capacity * TUNER_BETAS] : null;
            x = new double[capacity];
            y = new double[capacity];
            loss = new double[capacity];
            objective = new double[capacity];
            lr = new double[capacity];
            gx = new double[capacity];
            gy = new double[capacity];
            gradNorm = new double[capacity];
            dVdt = new double[capacity];
            deltaL = new double[capacity];
            taylor1 = new double[capacity];
            taylor2 = new double[capacity];
            tunerS = new double[capacity];
            usedGx = new double[capacity];
            usedGy = new double[capacity];
            bufferX = new double[capacity];
            bufferY = new double[capacity];
            directionX = new double[capacity];
            directionY = new double[capacity];
            referenceX = new double[capacity];
            referenceY = new double[capacity];
        }

        /** Marks row t's next-step quantities as unknown (the last row). */
        void clearNextStep(int t) {
            dVdt[t] = Double.NaN;
            deltaL[t] = Double.NaN;
            taylor1[t] = Double.NaN;
            taylor2[t] = Double.NaN;
            usedGx[t] = Double.NaN;
            usedGy[t] = Double.NaN;
            bufferX[t] = Double.NaN;
            bufferY[t] = Double.NaN;
            directionX[t] = Double.NaN;
            directionY[t] = Double.NaN;
            referenceX[t] = Double.NaN;
            referenceY[t] = Double.NaN;
        }
    }
}
