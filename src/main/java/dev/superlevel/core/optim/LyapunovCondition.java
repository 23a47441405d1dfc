package dev.superlevel.core.optim;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSpec;

/**
 * Where a candidate Lyapunov function V fails the theorem's condition for gradient flow θ' = −∇L:
 * V decreases along the flow exactly when dV/dt = −∇V·∇L ≤ 0, i.e. when ∇V·∇L ≥ 0. The condition
 * fails at the grid nodes where ∇V(x, y)·∇L(x, y) &lt; 0 (with V = L it never fails: ‖∇L‖² ≥ 0).
 * Nodes where either gradient is not finite are not marked. Stateless and thread-safe; cancellation is
 * checked once per row.
 */
public final class LyapunovCondition {

    private LyapunovCondition() {
    }

    /** One flag per node of {@code spec}, index j·nx + i (j = 0 is ymin): true where ∇V·∇L &lt; 0. */
    public static boolean[] failures(LossFunction loss, LossFunction v, GridSpec spec, Cancellation cancel) {
        boolean[] out = new boolean[spec.size()];
        for (int j = 0; j < spec.ny(); j++) {
            cancel.check();
            double y = spec.y(j);
            for (int i = 0; i < spec.nx(); i++) {
                double x = spec.x(i);
                Derivatives dl = loss.derivatives(x, y);
                Derivatives dv = v.derivatives(x, y);
                double dot = dv.gx() * dl.gx() + dv.gy() * dl.gy();
                out[spec.index(i, j)] = Double.isFinite(dot) && dot < 0;
            }
        }
        return out;
    }
}
