package dev.superlevel.core.topology;

import static dev.superlevel.core.topology.Connectivity.CONTOUR;
import static dev.superlevel.core.topology.Connectivity.EIGHT;
import static dev.superlevel.core.topology.Connectivity.FOUR;
import static dev.superlevel.core.topology.Fixtures.NAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class ContourTracerTest {

    /** "x,y" of each vertex, for readable golden data. */
    private static List<String> points(Contour c) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            out.add(c.xs()[k] + "," + c.ys()[k]);
        }
        return out;
    }

    @Test
    void singlePeakIsEnclosedByACounterClockwiseLoop() {
        SampledField f = Fixtures.rows(new double[] {0, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 0});
        List<Contour> cs = ContourTracer.trace(f, 0.25, CONTOUR);
        assertEquals(1, cs.size());
        assertTrue(cs.get(0).closed());
        // each crossing lies 0.25 of the way from a 0 towards the 1 at (1, 1); the set on the left
        assertEquals(List.of("1.0,0.25", "1.75,1.0", "1.0,1.75", "0.25,1.0"), points(cs.get(0)));
    }

    @Test
    void sublevelBasinIsEnclosedTheSameWay() {
        SampledField f = Fixtures.rows(new double[] {1, 1, 1}, new double[] {1, 0, 1}, new double[] {1, 1, 1});
        List<Contour> cs = ContourTracer.trace(f, 0.75, SetMode.SUBLEVEL, CONTOUR);
        assertEquals(List.of("1.0,0.25", "1.75,1.0", "1.0,1.75", "0.25,1.0"), points(cs.get(0)));
    }

    @Test
    void setTouchingTheDomainEdgeGivesAnOpenCurve() {
        SampledField f = Fixtures.rows(new double[] {0, 0}, new double[] {2, 0});
        List<Contour> cs = ContourTracer.trace(f, 1, CONTOUR);
        assertEquals(1, cs.size());
        assertFalse(cs.get(0).closed());
        assertEquals(List.of("0.5,0.0", "0.0,0.5"), points(cs.get(0)));
    }

    @Test
    void saddleWithMeanOutsideCutsOffEachPeak() {
        // 1s at (0,0) and (1,1); λ = 0.75 > mean 0.5: two curves, each around one 1
        List<Contour> cs = ContourTracer.trace(Fixtures.saddle(), 0.75, CONTOUR);
        assertEquals(2, cs.size());
        assertEquals(List.of("0.25,0.0", "0.0,0.25"), points(cs.get(0)));
        assertEquals(List.of("0.75,1.0", "1.0,0.75"), points(cs.get(1)));
    }

    @Test
    void saddleWithMeanInsideCutsOffEachPit() {
        // λ = 0.25 ≤ mean 0.5: the 1s are linked; the curves go around the 0s at (1,0) and (0,1)
        List<Contour> cs = ContourTracer.trace(Fixtures.saddle(), 0.25, CONTOUR);
        assertEquals(List.of("0.75,0.0", "1.0,0.25"), points(cs.get(0)));
        assertEquals(List.of("0.25,1.0", "0.0,0.75"), points(cs.get(1)));
    }

    @Test
    void saddleFollowsTheConnectivityRule() {
        // FOUR never links the diagonal, EIGHT always does, whatever the mean
        assertEquals(List.of("0.75,0.0", "0.0,0.75"), points(ContourTracer.trace(Fixtures.saddle(), 0.25,
                FOUR).get(0)));
        List<Contour> eight = ContourTracer.trace(Fixtures.saddle(), 0.75, EIGHT);
        assertEquals(List.of("0.25,0.0", "1.0,0.75"), points(eight.get(0)));
        assertEquals(List.of("0.75,1.0", "0.0,0.25"), points(eight.get(1)));
    }

    @Test
    void undefinedHoleIsEnclosedAtEdgeMidpoints() {
        SampledField f = Fixtures.rows(new double[] {1, 1, 1}, new double[] {1, NAN, 1}, new double[] {1, 1, 1});
        List<Contour> cs = ContourTracer.trace(f, 0.5, CONTOUR);
        assertEquals(1, cs.size());
        assertTrue(cs.get(0).closed());
        // the set is outside the hole, so the loop runs clockwise
        assertEquals(List.of("1.0,0.5", "0.5,1.0", "1.0,1.5", "1.5,1.0"), points(cs.get(0)));
    }

    @Test
    void cornerEqualToLevelIsInside() {
        SampledField f = Fixtures.rows(new double[] {0, 0}, new double[] {1, 0});
        List<Contour> cs = ContourTracer.trace(f, 1, CONTOUR);
        // the in-corner has t = 0 on both edges: a degenerate curve touching the sample
        assertEquals(List.of("0.0,0.0", "0.0,0.0"), points(cs.get(0)));
        assertEquals(List.of(), ContourTracer.trace(f, 1.0000001, CONTOUR));
    }

    @Test
    void contoursAreInDomainCoordinates() {
        GridSpec spec = new GridSpec(new Domain(-2, 2, 10, 12), 2, 2);
        SampledField f = new SampledField(spec, new double[] {4, 0, 0, 0});
        List<Contour> cs = ContourTracer.trace(f, 1, CONTOUR);
        assertArrayEquals(new double[] {1.0, -2.0}, cs.get(0).xs());
        // t = (1 − 4)/(0 − 4) = 0.75 along both edges leaving the 4 at (−2, 10)
        assertArrayEquals(new double[] {10.0, 11.5}, cs.get(0).ys());
    }

    @Test
    void gridsWithoutCellsHaveNoContours() {
        assertEquals(List.of(), ContourTracer.trace(Fixtures.rows(new double[] {0, 1, 0}), 0.5, CONTOUR));
        assertEquals(List.of(), ContourTracer.trace(Fixtures.rows(new double[] {3}), 0.5, CONTOUR));
    }

    @Test
    void levelOutsideTheRangeHasNoContour() {
        assertEquals(List.of(), ContourTracer.trace(Fixtures.maxTree(), 100, CONTOUR));
        assertEquals(List.of(), ContourTracer.trace(Fixtures.maxTree(), -100, CONTOUR));
    }

    @Test
    void nanLevelIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContourTracer.trace(Fixtures.saddle(), NAN, FOUR));
    }
}
