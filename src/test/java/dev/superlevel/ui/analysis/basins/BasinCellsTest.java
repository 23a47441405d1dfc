package dev.superlevel.ui.analysis.basins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinOutcome;
import dev.superlevel.core.analysis.EndStatus;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.render.BasinPalette;
import dev.superlevel.render.ComponentPalette;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The layer's raster on a hand-made 2×2 lattice, 4 pixels per cell (8×8 pixels). */
class BasinCellsTest {

    private static final Lattice LATTICE = new Lattice(new Domain(0, 1, 0, 1), 2);
    private static final MergeTree TREE = MergeTree.sublevel(new SampledField(new GridSpec(new Domain(0, 1, 0, 1),
            2, 2), new double[] {0, 1, 1, 0}), Connectivity.CONTOUR, 0, Cancellation.NONE);

    private static BasinOutcome at(int k, int basin, EndStatus status) {
        return new BasinOutcome(LATTICE.x(k), LATTICE.y(k), 0, 0, 0, 10, status, basin);
    }

    private static BasinMap map(BasinOutcome... outcomes) {
        return new BasinMap(LATTICE, RunConfig.defaults(OptimizerKind.GD), TREE, List.of(outcomes));
    }

    private static int pixel(int[] raster, int column, int row) {
        return raster[row * 8 + column];
    }

    private static int rgb(int argb) {
        return argb & 0xFFFFFF;
    }

    @Test
    void startZeroIsTheBottomLeftCellAndXRunsFastest() {
        BasinMap m = map(at(0, 0, EndStatus.CONVERGED), at(1, 1, EndStatus.CONVERGED), at(2, 2, EndStatus.CONVERGED),
                at(3, -1, EndStatus.CONVERGED));
        int[] r = BasinCells.raster(m, null, 4, false);
        assertEquals(64, r.length);
        assertEquals(BasinCells.SHOWN_ALPHA << 24 | rgb(ComponentPalette.argb(0)), pixel(r, 1, 6), "start 0");
        assertEquals(BasinCells.SHOWN_ALPHA << 24 | rgb(ComponentPalette.argb(1)), pixel(r, 5, 6), "start 1");
        assertEquals(BasinCells.SHOWN_ALPHA << 24 | rgb(ComponentPalette.argb(2)), pixel(r, 1, 2), "start 2");
        assertEquals(BasinCells.SHOWN_ALPHA << 24 | 0x808080, pixel(r, 5, 2), "start 3: no basin, grey");
    }

    @Test
    void aRunThatDidNotConvergeIsHatchedFromBottomLeftToTopRight() {
        BasinMap m = map(at(0, 0, EndStatus.NOT_CONVERGED), at(1, 0, EndStatus.CONVERGED),
                at(2, 0, EndStatus.CONVERGED), at(3, 0, EndStatus.CONVERGED));
        int[] r = BasinCells.raster(m, null, 4, false);
        // start 0 covers columns 0..3, rows 4..7: the hatch runs through (0, 7), (1, 6), (2, 5), (3, 4)
        for (int u = 0; u < 4; u++) {
            assertEquals(BasinPalette.hatchArgb(false), pixel(r, u, 7 - u), "hatch at column " + u);
        }
        assertEquals(BasinCells.SHOWN_ALPHA << 24 | rgb(ComponentPalette.argb(0)), pixel(r, 0, 4));
        assertEquals(BasinCells.SHOWN_ALPHA << 24 | rgb(ComponentPalette.argb(0)), pixel(r, 4 + 3, 4 + 0),
                "start 1 converged: no hatch");
    }

    @Test
    void theDifferenceViewOutlinesAndSplitsChangedStartsAndFadesTheOthers() {
        BasinMap a = map(at(0, 0, EndStatus.CONVERGED), at(1, 1, EndStatus.CONVERGED), at(2, 0, EndStatus.CONVERGED),
                at(3, 0, EndStatus.CONVERGED));
        BasinMap b = map(at(0, 0, EndStatus.CONVERGED), at(1, 0, EndStatus.CONVERGED), at(2, 0, EndStatus.CONVERGED),
                at(3, 0, EndStatus.CONVERGED));
        int[] r = BasinCells.raster(a, b, 4, false);
        assertEquals(BasinCells.UNCHANGED_ALPHA << 24 | rgb(ComponentPalette.argb(0)), pixel(r, 1, 5), "start 0");
        // start 1 (columns 4..7, rows 4..7) changed from basin 1 to 0
        assertEquals(BasinCells.OUTLINE, pixel(r, 4, 4));
        assertEquals(BasinCells.OUTLINE, pixel(r, 7, 7));
        assertEquals(BasinCells.CHANGED_ALPHA << 24 | rgb(ComponentPalette.argb(1)), pixel(r, 6, 5),
                "upper right: the selected run's basin");
        assertEquals(BasinCells.CHANGED_ALPHA << 24 | rgb(ComponentPalette.argb(0)), pixel(r, 5, 6),
                "lower left: the compared run's basin");
    }

    @Test
    void pixelsPerCellKeepTheRasterNearAThousandPixels() {
        assertEquals(12, BasinCells.pixelsPerCell(16));
        assertEquals(12, BasinCells.pixelsPerCell(64));
        assertEquals(8, BasinCells.pixelsPerCell(128));
        assertEquals(4, BasinCells.pixelsPerCell(256));
        assertThrows(IllegalArgumentException.class, () -> BasinCells.raster(map(at(0, 0, EndStatus.CONVERGED),
                at(1, 0, EndStatus.CONVERGED), at(2, 0, EndStatus.CONVERGED), at(3, 0, EndStatus.CONVERGED)), null, 1,
                false));
    }
}
