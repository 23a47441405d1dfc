package dev.superlevel.render;

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
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

class BasinsFigureRendererTest {

    private static final Domain D = new Domain(0, 1, 0, 1);

    private static BasinMap map(int... basins) {
        SampledField f = new SampledField(new GridSpec(D, 2, 2), new double[] {0, 1, 1, 2});
        MergeTree tree = MergeTree.sublevel(f, Connectivity.FOUR, 0, Cancellation.NONE);
        Lattice lattice = new Lattice(D, 2);
        List<BasinOutcome> outcomes = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            outcomes.add(new BasinOutcome(lattice.x(k), lattice.y(k), 0, 0, 0, 1,
                    basins[k] < 0 ? EndStatus.DIVERGED : EndStatus.CONVERGED, basins[k]));
        }
        return new BasinMap(lattice, RunConfig.defaults(OptimizerKind.GD), tree, outcomes);
    }

    @Test
    void cellsAreXFastestWithRowZeroAtTheBottom() {
        Rectangle2D box = new Rectangle2D.Double(10, 20, 100, 100);
        Lattice l = new Lattice(D, 2);
        assertEquals(new Rectangle2D.Double(10, 70, 50, 50), BasinsFigureRenderer.cell(l, 0, box));
        assertEquals(new Rectangle2D.Double(60, 70, 50, 50), BasinsFigureRenderer.cell(l, 1, box));
        assertEquals(new Rectangle2D.Double(10, 20, 50, 50), BasinsFigureRenderer.cell(l, 2, box));
    }

    @Test
    void aConvergedCellShowsItsBasinColourAndANoBasinCellIsGrey() {
        LandscapeScene scene = LandscapeScene.of(map(0, 0, 0, 0).tree().field(), 0);
        BufferedImage img = BasinsFigureRenderer.render(scene,
                List.of(new BasinsFigureRenderer.Panel("a", map(3, 0, 0, -1))), 400, 300, 1);
        int basin3 = ComponentPalette.argb(3) | 0xFF000000;
        int found3 = 0;
        int grey = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                int p = img.getRGB(x, y);
                found3 += p == basin3 ? 1 : 0;
                grey += p == new Color(0x80, 0x80, 0x80).getRGB() ? 1 : 0;
            }
        }
        // each cell is a quarter of the square panel (minus hatching on the diverged one)
        assertEquals(true, found3 > 3000, "basin-3 pixels: " + found3);
        assertEquals(true, grey > 3000, "grey pixels: " + grey);
    }

    @Test
    void noPanelIsRefused() {
        LandscapeScene scene = LandscapeScene.of(map(0, 0, 0, 0).tree().field(), 0);
        assertThrows(IllegalArgumentException.class, () -> BasinsFigureRenderer.render(scene, List.of(), 100, 100, 1));
    }
}
