package dev.superlevel.core.topology;

/** Which level set is studied: the super-level set {L ≥ λ} (default) or the sub-level set {L ≤ λ}. */
public enum SetMode {
    SUPERLEVEL,
    SUBLEVEL;

    /** Whether a sample of value v is in the set at level λ; undefined samples never are. */
    public boolean contains(double v, double lambda) {
        if (!Double.isFinite(v)) {
            return false;
        }
        return this == SUPERLEVEL ? v >= lambda : v <= lambda;
    }
}
