package dev.superlevel.core.analysis;

import dev.superlevel.core.topology.MergeTree;

/** How often a path changes basin: the merge-tree branch of its iterate (issue 14's "basin switches"). */
public final class BasinSwitches {

    private BasinSwitches() {
    }

    /**
     * The number of t with basin(θ_t) ≠ basin(θ_s), where s is the last earlier point with a basin;
     * points without one ({@link MergeTree#basinAt} = −1: outside the view, undefined) are skipped, so
     * leaving the view and coming back into the same basin is no switch.
     *
     * @param count how many points of xs/ys to read
     */
    public static int count(MergeTree tree, double[] xs, double[] ys, int count) {
        int switches = 0;
        int current = -1;
        for (int t = 0; t < count; t++) {
            int b = tree.basinAt(xs[t], ys[t]);
            if (b < 0) {
                continue;
            }
            if (current >= 0 && b != current) {
                switches++;
            }
            current = b;
        }
        return switches;
    }
}
