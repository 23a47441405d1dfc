package dev.superlevel.core.topology;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;

import java.util.Objects;

/**
 * Checks whether the component count of S_λ survives doubling the grid resolution: the function is
 * sampled on {@code spec} (nx × ny) and on 2nx × 2ny samples of the same domain (each side capped at
 * {@link GridSpec#MAX_SIDE}) and both level sets are labelled. Stateless and thread-safe; the cost is
 * dominated by sampling the finer grid.
 */
public final class ResolutionCheck {

    private ResolutionCheck() {
    }

    /**
     * @throws dev.superlevel.core.CancelledException if {@code cancel} is set while sampling
     */
    public static ResolutionReport check(LossFunction f, GridSpec spec, double lambda, SetMode mode,
            Connectivity c, Cancellation cancel) {
        Objects.requireNonNull(f, "function");
        Objects.requireNonNull(spec, "grid");
        Objects.requireNonNull(cancel, "cancel");
        int atN = ComponentLabeller.label(GridSampler.sample(f, spec, cancel), lambda, mode, c).count();
        GridSpec fine = spec.withSize(doubled(spec.nx()), doubled(spec.ny()));
        int at2N = ComponentLabeller.label(GridSampler.sample(f, fine, cancel), lambda, mode, c).count();
        return new ResolutionReport(atN, at2N);
    }

    private static int doubled(int side) {
        return Math.min(GridSpec.MAX_SIDE, 2 * side);
    }
}
