package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.Cancellation;
import org.junit.jupiter.api.Test;

/**
 * The max-tree fixture (x = column, y = row from the bottom):
 * <pre>
 *   y=2: 15 13 16
 *   y=1: 12 12 10
 *   y=0: 16 12 14
 * </pre>
 */
class IterateComponentsTest {

    private static PersistenceDiagram diagram(SetMode mode) {
        return PersistenceSweep.compute(Fixtures.maxTree(), mode, Connectivity.CONTOUR, Cancellation.NONE);
    }

    @Test
    void anIterateInACellWithACornerInTheSetIsTheGridsComponent() {
        // level 15.5: the two 16s are the set; (0.5, 0.5) has the corner 16 at (0, 0)
        assertEquals(2, IterateComponents.count(diagram(SetMode.SUPERLEVEL), 0.5, 0.5, 15.5));
    }

    @Test
    void anIterateWhoseCellHasNoCornerInTheSetAddsItsOwnComponent() {
        // corners 12, 14, 12, 10 are all below 15.5: the grid misses the iterate's bump
        assertEquals(3, IterateComponents.count(diagram(SetMode.SUPERLEVEL), 1.5, 0.5, 15.5));
    }

    @Test
    void anIterateAboveEverySampleCountsOneNotZero() {
        assertEquals(0, diagram(SetMode.SUPERLEVEL).componentCount(17));
        assertEquals(1, IterateComponents.count(diagram(SetMode.SUPERLEVEL), 1, 1, 17));
    }

    @Test
    void outsideTheSampledDomainTheGridCountStandsButNeverBelowOne() {
        assertEquals(2, IterateComponents.count(diagram(SetMode.SUPERLEVEL), 5, 5, 15.5));
        assertEquals(1, IterateComponents.count(diagram(SetMode.SUPERLEVEL), 5, 5, 17));
    }

    @Test
    void subLevelSetsUseTheirOwnSide() {
        // sub-level at 11: only the 10 at (2, 1); the cell of (0.5, 1.5) has 12, 12, 15, 13
        assertEquals(2, IterateComponents.count(diagram(SetMode.SUBLEVEL), 0.5, 1.5, 11));
        assertEquals(1, IterateComponents.count(diagram(SetMode.SUBLEVEL), 1.5, 1.5, 11));
    }

    @Test
    void anUndefinedLossHasNoSet() {
        assertEquals(0, IterateComponents.count(diagram(SetMode.SUPERLEVEL), 1, 1, Double.NaN));
    }
}
