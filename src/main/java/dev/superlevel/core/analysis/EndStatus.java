package dev.superlevel.core.analysis;

import java.util.Locale;

/** How a run from a lattice start ended, for colouring its cell (hatched unless {@link #CONVERGED}). */
public enum EndStatus {
    /** All steps made, the end point is in the view and ‖∇L‖ there is at most the tolerance. */
    CONVERGED,
    /** All steps made and the end point is in the view, but the gradient there is still larger. */
    NOT_CONVERGED,
    /** The run stopped early: a value became non-finite or the iterate left the bound |θ| ≤ 1e6. */
    DIVERGED,
    /** All steps made, but the end point lies outside the view. */
    LEFT_DOMAIN;

    /** {@code converged}, {@code not_converged}, {@code diverged}, {@code left_domain}: as printed. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
