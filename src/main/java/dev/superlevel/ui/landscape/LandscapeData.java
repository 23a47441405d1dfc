package dev.superlevel.ui.landscape;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.render.ColorScale;

/**
 * Everything computed in the background for one landscape request: the sampled field, its heat map
 * (ARGB, row 0 = top) and the persistence diagram that answers every λ query without relabelling.
 * Arrays are never written after construction.
 *
 * @param millis wall-clock time the computation took, for the status bar
 */
public record LandscapeData(LossFunction function, SampledField field, ColorScale scale, int[] heatmap,
        PersistenceDiagram diagram, long millis) {
}
