package dev.superlevel.ui.analysis.basins;

import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinOutcome;
import dev.superlevel.core.analysis.EndStatus;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.render.BasinPalette;

/**
 * The Basins layer's picture as an ARGB raster, s×s pixels per lattice cell, row 0 at the top (largest y):
 * <pre>
 *   cell k = j·M + i  →  columns i·s … i·s+s−1, rows (M−1−j)·s … (M−1−j)·s+s−1
 *
 *   one map:            difference view, changed start:      hatch (not converged):
 *   +-------+           +-------+  outlined; upper right:   +-------+
 *   |       |           |\  A   |  the selected run's       |      /|
 *   |   A   |           |  \    |  basin (A), lower left:   |    /  |
 *   |       |           | B  \  |  the compared run's (B)   |  /    |
 *   +-------+           +-------+                           |/      |
 * </pre>
 * Colours are {@link BasinPalette}'s. One map: every cell at {@link #SHOWN_ALPHA}. Difference view: a start
 * whose basin is the same in both maps is faint ({@link #UNCHANGED_ALPHA}), a changed one nearly opaque and
 * outlined. Stateless and thread-safe.
 */
public final class BasinCells {

    /** Alpha of a cell of a single map: the heat map stays readable underneath. */
    public static final int SHOWN_ALPHA = 0xB4;
    /** Alpha of an unchanged start in the difference view. */
    public static final int UNCHANGED_ALPHA = 0x78;
    /** Alpha of a changed start in the difference view. */
    public static final int CHANGED_ALPHA = 0xF0;
    /** The outline of a changed start. */
    public static final int OUTLINE = 0xC8111111;

    private BasinCells() {
    }

    /**
     * The start whose cell holds domain point (x, y): cells are centred on their starts and one lattice spacing
     * wide, so i = round((x − xmin)/(xmax − xmin)·(M − 1)), j likewise; −1 when the point is outside every cell.
     */
    public static int startAt(Lattice lattice, double x, double y) {
        int m = lattice.side();
        Domain d = lattice.domain();
        long i = Math.round((x - d.xmin()) / d.width() * (m - 1));
        long j = Math.round((y - d.ymin()) / d.height() * (m - 1));
        return i < 0 || j < 0 || i >= m || j >= m ? -1 : (int) (j * m + i);
    }

    /** Pixels per cell for an M×M lattice: about 1000 pixels across, between 4 and 12 per cell. */
    public static int pixelsPerCell(int side) {
        return Math.max(4, Math.min(12, 1024 / side));
    }

    /**
     * @param map     the selected run's basins
     * @param compare the compared run's on the same lattice, or null for the single-map picture
     * @param s       pixels per cell, ≥ 2
     * @param dark    whether the hatch is drawn for a dark theme
     * @return (M·s)² ARGB values, row-major, row 0 at the top
     */
    public static int[] raster(BasinMap map, BasinMap compare, int s, boolean dark) {
        if (s < 2) {
            throw new IllegalArgumentException("at least 2 pixels per cell, got " + s);
        }
        int m = map.lattice().side();
        int[] changed = compare == null ? new int[0] : map.changedStarts(compare);
        boolean[] isChanged = new boolean[m * m];
        for (int k : changed) {
            isChanged[k] = true;
        }
        int[] out = new int[m * s * m * s];
        for (int k = 0; k < m * m; k++) {
            BasinOutcome a = map.outcomes().get(k);
            BasinOutcome b = compare == null ? a : compare.outcomes().get(k);
            int alpha = compare == null ? SHOWN_ALPHA : isChanged[k] ? CHANGED_ALPHA : UNCHANGED_ALPHA;
            paintCell(out, m * s, (k % m) * s, (m - 1 - k / m) * s, s, a, isChanged[k] ? b : a, alpha, dark,
                    isChanged[k]);
        }
        return out;
    }

    private static void paintCell(int[] out, int stride, int left, int top, int s, BasinOutcome upper,
            BasinOutcome lower, int alpha, boolean dark, boolean outlined) {
        for (int v = 0; v < s; v++) {
            for (int u = 0; u < s; u++) {
                BasinOutcome o = u > v ? upper : lower;
                int argb;
                if (outlined && (u == 0 || v == 0 || u == s - 1 || v == s - 1)) {
                    argb = OUTLINE;
                } else if (o.status() != EndStatus.CONVERGED && u + v == s - 1) {
                    argb = withAlpha(BasinPalette.hatchArgb(dark), alpha);
                } else {
                    argb = alpha << 24 | BasinPalette.argb(o.basin()) & 0xFFFFFF;
                }
                out[(top + v) * stride + left + u] = argb;
            }
        }
    }

    /** The hatch colour, its alpha scaled like the cell's (as is on a single map, fainter on unchanged starts). */
    private static int withAlpha(int argb, int alpha) {
        int a = Math.min(255, (argb >>> 24) * alpha / SHOWN_ALPHA);
        return a << 24 | argb & 0xFFFFFF;
    }
}
