package dev.superlevel.core.optim;

/** How a trajectory run ended. */
public enum RunStatus {
    /** All requested updates were made. */
    COMPLETED,
    /** A value became non-finite or the iterate left the bound |θ| ≤ 1e6; the run stopped there. */
    DIVERGED,
    /** The caller's cancellation token was set; the rows computed so far are kept. */
    CANCELLED,
    /**
     * The loss is a sampled surface (issue 10) and the iterate left its grid or entered a cell with an
     * undefined sample: the surface says nothing there, which is not divergence.
     */
    LEFT_SURFACE
}
