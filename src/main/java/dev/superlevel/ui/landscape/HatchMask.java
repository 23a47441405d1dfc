package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.GridSpec;

/**
 * Nodes of a grid to hatch on the map (e.g. where a Lyapunov condition fails), index j·nx + i (j = 0
 * is ymin), with the legend text saying what the hatch means. Each node stands for the cell of its
 * size centred on it. Immutable by convention: the array is never written after construction.
 */
public record HatchMask(GridSpec grid, boolean[] marked, String label) {

    /** The number of marked nodes. */
    public int count() {
        int n = 0;
        for (boolean m : marked) {
            n += m ? 1 : 0;
        }
        return n;
    }

    /** The marked fraction of the nodes, in [0, 1]. */
    public double fraction() {
        return marked.length == 0 ? 0 : count() / (double) marked.length;
    }
}
