package dev.superlevel.core.topology;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;

/**
 * The number of components of the level set S_{L(θ)} = {L ≥ L(θ)} (super-level; {L ≤ L(θ)} sub-level)
 * seen from an iterate θ: θ always lies in its own set, so the count is never 0 while L(θ) is defined.
 *
 * <p>Rule: the grid's count at level L(θ) ({@link PersistenceDiagram#componentCount}), plus one when
 * the grid misses θ's component, i.e. when none of the (up to four) samples at the corners of the grid
 * cell holding θ lies in the set. A corner in the set is taken as θ's component, the grid's own
 * bilinear reading of the cell. θ outside the sampled domain counts as seen by the grid only if the grid
 * has some component; otherwise 1. This fixes the typical "0" at a peak the grid does not resolve
 * (the iterate at L(θ) above every sample's value).
 *
 * <p>Stateless and thread-safe; O(1) per call after the diagram's O(log n) count.
 */
public final class IterateComponents {

    private IterateComponents() {
    }

    /** The count at θ = (x, y) with L(θ) = {@code loss}; 0 only when {@code loss} is not finite. */
    public static int count(PersistenceDiagram diagram, double x, double y, double loss) {
        if (!Double.isFinite(loss)) {
            return 0;
        }
        int grid = diagram.componentCount(loss);
        return gridMisses(diagram.field(), diagram.mode(), x, y, loss) ? grid + 1 : Math.max(1, grid);
    }

    /** True when θ lies in the sampled domain and no corner of its cell is in the set at {@code loss}. */
    static boolean gridMisses(SampledField f, SetMode mode, double x, double y, double loss) {
        GridSpec s = f.spec();
        double u = s.nx() == 1 ? 0 : (x - s.domain().xmin()) / s.domain().width() * (s.nx() - 1);
        double v = s.ny() == 1 ? 0 : (y - s.domain().ymin()) / s.domain().height() * (s.ny() - 1);
        if (!(u >= 0 && u <= s.nx() - 1 && v >= 0 && v <= s.ny() - 1)) {
            return false;
        }
        int i0 = (int) Math.floor(u);
        int j0 = (int) Math.floor(v);
        int i1 = Math.min(i0 + 1, s.nx() - 1);
        int j1 = Math.min(j0 + 1, s.ny() - 1);
        return !(mode.contains(f.value(i0, j0), loss) || mode.contains(f.value(i1, j0), loss)
                || mode.contains(f.value(i0, j1), loss) || mode.contains(f.value(i1, j1), loss));
    }
}
