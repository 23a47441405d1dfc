package dev.superlevel.core.optim;

/**
 * Mechanic's state at one row of a trajectory (see {@link Mechanic}): the learned scale S = Σ s_j and,
 * per learner j, its β_j, scale s_j, running maximum m_j of |h|, discounted sum v_j of h² and wealth
 * r_j. The arrays have one entry per β (six) and are owned by this record; callers must not modify them.
 */
public record TunerState(double scale, double[] betas, double[] s, double[] m, double[] v, double[] r) {

    /** The number of learners. */
    public int size() {
        return betas.length;
    }
}
