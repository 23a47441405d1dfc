package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class TopologicalProfileTest {

    private static MergeTree trenchTree() {
        SampledField f = Fixtures.rows(new double[] {9, 9, 9, 9, 9}, new double[] {1, 5, 3, 7, 2},
                new double[] {9, 9, 9, 9, 9});
        return MergeTree.sublevel(f, Connectivity.FOUR, 0, Cancellation.NONE);
    }

    /*
     * The trench of MergeTreeTest: A (1, size 13) with children B (2→7, size 1) and C (3→5, size 1).
     * Deaths 7 > 5: B goes on the left wall, C on the right. Root width 15, rim = max 9:
     *   (0,9) B:(0,7) (0,2) (1,2) (1,7)  floor A:(1,1) (14,1)  C:(14,5) (14,3) (15,3) (15,5)  (15,9)
     */
    @Test
    void trenchProfileByHand() {
        TopologicalProfile p = TopologicalProfile.of(trenchTree());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, 14, 14, 14, 15, 15, 15}, p.xs());
        assertArrayEquals(new double[] {9, 7, 2, 2, 7, 1, 1, 5, 3, 3, 5, 9}, p.ys());
        assertEquals(List.of(new TopologicalProfile.Valley(0, 0, 15, 9, 1, 1, 14),
                new TopologicalProfile.Valley(1, 0, 1, 7, 2, 0, 1),
                new TopologicalProfile.Valley(2, 14, 15, 5, 3, 14, 15)), p.valleys());
        assertEquals(15, p.total());
    }

    @Test
    void branchAtFindsTheFloorUnderX() {
        TopologicalProfile p = TopologicalProfile.of(trenchTree());
        assertEquals(1, p.branchAt(0.5));
        assertEquals(0, p.branchAt(7));
        assertEquals(2, p.branchAt(14.5));
        assertEquals(-1, p.branchAt(15.5));
    }

    /** On Rastrigin's 121 basins: depths are persistences, floors are sizes, children nest in parents. */
    @Test
    void rastriginProfileInvariants() {
        SampledField f = GridSampler.sample(
                ExpressionCompiler.compile("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", Map.of()),
                GridSpec.square(new Domain(-5.12, 5.12, -5.12, 5.12), 129));
        MergeTree t = MergeTree.sublevel(f, Connectivity.CONTOUR, 0, Cancellation.NONE);
        TopologicalProfile p = TopologicalProfile.of(t);
        assertEquals(129 * 129, p.total());
        double floors = 0;
        for (TopologicalProfile.Valley v : p.valleys()) {
            MergeTree.Branch b = t.branches().get(v.branch());
            floors += v.floorRight() - v.floorLeft();
            assertEquals(b.size(), v.floorRight() - v.floorLeft());
            assertEquals(b.birth(), v.floor());
            if (b.parent() >= 0) {
                assertEquals(b.persistence(), v.depth());
                TopologicalProfile.Valley up = p.valleys().get(b.parent());
                assertTrue(v.left() >= up.left() && v.right() <= up.right(), "child outside parent: " + v);
            } else {
                assertEquals(f.max(), v.rim());
            }
        }
        assertEquals(p.total(), floors);
        double[] xs = p.xs();
        for (int k = 1; k < xs.length; k++) {
            assertTrue(xs[k] >= xs[k - 1], "x goes back at point " + k);
        }
    }

    @Test
    void superlevelTreeIsRefused() {
        MergeTree t = MergeTree.of(PersistenceSweep.compute(Fixtures.maxTree(), SetMode.SUPERLEVEL,
                Connectivity.FOUR, Cancellation.NONE), 0);
        assertThrows(IllegalArgumentException.class, () -> TopologicalProfile.of(t));
    }
}
