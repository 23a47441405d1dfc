package dev.superlevel.render;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;

/**
 * What a figure shows of a resolved loss, apart from its runs: the grid it is sampled on, the level λ and
 * how S_λ is read (mode, connectivity), the colouring, the formula printed in the caption, and the step the
 * runs are drawn up to. Immutable.
 *
 * @param formula the caption's formula (the expression source or a data-set function's formula)
 * @param currentStep step the runs are drawn up to (≥ 0; a shorter run stops at its last step)
 */
public record SceneSettings(GridSpec grid, double lambda, SetMode mode, Connectivity connectivity,
        ColorScale colorScale, Colormap colormap, String formula, int currentStep) {

    public SceneSettings {
        if (grid == null || mode == null || connectivity == null || colorScale == null || colormap == null) {
            throw new IllegalArgumentException("scene: grid, mode, connectivity and colours are required");
        }
        if (!Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda: must be a finite number, got " + lambda);
        }
        if (currentStep < 0) {
            throw new IllegalArgumentException("currentStep: must be >= 0, got " + currentStep);
        }
        formula = formula == null ? "" : formula;
    }
}
