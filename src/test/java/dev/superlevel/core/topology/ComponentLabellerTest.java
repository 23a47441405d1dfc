package dev.superlevel.core.topology;

import static dev.superlevel.core.topology.Connectivity.CONTOUR;
import static dev.superlevel.core.topology.Connectivity.EIGHT;
import static dev.superlevel.core.topology.Connectivity.FOUR;
import static dev.superlevel.core.topology.Fixtures.NAN;
import static dev.superlevel.core.topology.SetMode.SUBLEVEL;
import static dev.superlevel.core.topology.SetMode.SUPERLEVEL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComponentLabellerTest {

    private static int count(SampledField f, double lambda, SetMode mode, Connectivity c) {
        return ComponentLabeller.label(f, lambda, mode, c).count();
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureHasThreeComponentsAboveTwelveAndAHalf(Connectivity c) {
        // {16 at k0}, {14 at k2}, {15, 13, 16 along the top row}: no diagonal pair of in-samples exists
        Labelling l = ComponentLabeller.label(Fixtures.maxTree(), 12.5, SUPERLEVEL, c);
        assertEquals(3, l.count());
        assertArrayEquals(new int[] {0, -1, 1, -1, -1, -1, 2, 2, 2}, l.labels());
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureTopRowSplitsAboveThirteen(Connectivity c) {
        assertEquals(4, count(Fixtures.maxTree(), 13.5, SUPERLEVEL, c));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureIsOneComponentOnceTheTwelvesAreIn(Connectivity c) {
        Labelling l = ComponentLabeller.label(Fixtures.maxTree(), 12, SUPERLEVEL, c);
        assertEquals(1, l.count());
        assertEquals(8, l.components().get(0).size());
        assertEquals(-1, l.labels()[5]);
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureSublevelIsTheCrossOfTwelves(Connectivity c) {
        Labelling l = ComponentLabeller.label(Fixtures.maxTree(), 12, SUBLEVEL, c);
        assertEquals(1, l.count());
        assertArrayEquals(new int[] {-1, 0, -1, 0, 0, 0, -1, -1, -1}, l.labels());
        assertEquals(10.0, l.components().get(0).peakValue());
        assertEquals(5, l.components().get(0).peakIndex());
    }

    @Test
    void saddleWithMeanOutsideTheSetKeepsDiagonalApartInContourMode() {
        // mean 0.5 < 0.75: the two 1s are separate, as in 4-connectivity; 8-connectivity joins them
        assertEquals(2, count(Fixtures.saddle(), 0.75, SUPERLEVEL, CONTOUR));
        assertEquals(2, count(Fixtures.saddle(), 0.75, SUPERLEVEL, FOUR));
        assertEquals(1, count(Fixtures.saddle(), 0.75, SUPERLEVEL, EIGHT));
    }

    @Test
    void saddleWithMeanInsideTheSetJoinsDiagonalInContourMode() {
        // λ = 0.25: the 0s are out, the mean 0.5 is in, so the 1s are linked
        assertEquals(1, count(Fixtures.saddle(), 0.25, SUPERLEVEL, CONTOUR));
        assertEquals(2, count(Fixtures.saddle(), 0.25, SUPERLEVEL, FOUR));
    }

    @Test
    void sublevelSaddleUsesTheSameMeanMirrored() {
        // sublevel: the 0s are the diagonal; linked once the mean 0.5 ≤ λ
        assertEquals(2, count(Fixtures.saddle(), 0.25, SUBLEVEL, CONTOUR));
        assertEquals(1, count(Fixtures.saddle(), 0.75, SUBLEVEL, CONTOUR));
    }

    @Test
    void saddleMeanEqualToLevelCountsAsInside() {
        assertEquals(1, count(Fixtures.saddle(), 0.5, SUPERLEVEL, CONTOUR));
        assertEquals(1, count(Fixtures.saddle(), 0.5, SUBLEVEL, CONTOUR));
    }

    @Test
    void checkerboardDependsOnConnectivity() {
        assertEquals(5, count(Fixtures.checkerboard(), 0.5, SUPERLEVEL, FOUR));
        assertEquals(1, count(Fixtures.checkerboard(), 0.5, SUPERLEVEL, EIGHT));
        assertEquals(1, count(Fixtures.checkerboard(), 0.5, SUPERLEVEL, CONTOUR));
        assertEquals(5, count(Fixtures.checkerboard(), 0.6, SUPERLEVEL, CONTOUR));
    }

    @Test
    void cellWithAnUndefinedCornerHasNoDiagonal() {
        SampledField f = Fixtures.rows(new double[] {NAN, 1}, new double[] {1, 0});
        assertEquals(2, count(f, 0.1, SUPERLEVEL, CONTOUR));
        assertEquals(1, count(f, 0.1, SUPERLEVEL, EIGHT));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void plateauOfEqualValuesIsOneComponentAtItsLevel(Connectivity c) {
        SampledField f = Fixtures.rows(new double[] {3, 3, 3}, new double[] {3, 1, 3}, new double[] {3, 3, 3});
        Labelling l = ComponentLabeller.label(f, 3, SUPERLEVEL, c);
        assertEquals(1, l.count());
        assertEquals(new ComponentInfo(0, 8, 3.0, 0, 0, 0, 2, 2), l.components().get(0));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void nanColumnCutsAComponentInTwo(Connectivity c) {
        SampledField f = Fixtures.rows(new double[] {5, NAN, 5}, new double[] {5, NAN, 5},
                new double[] {5, NAN, 5});
        Labelling l = ComponentLabeller.label(f, 0, SUPERLEVEL, c);
        assertEquals(2, l.count());
        assertArrayEquals(new int[] {0, -1, 1, 0, -1, 1, 0, -1, 1}, l.labels());
    }

    @Test
    void infiniteSamplesAreUndefinedInBothModes() {
        SampledField f = Fixtures.rows(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        assertEquals(0, count(f, 0, SUPERLEVEL, FOUR));
        assertEquals(0, count(f, 0, SUBLEVEL, FOUR));
    }

    @Test
    void singleSampleIsOneComponentOrNone() {
        SampledField f = Fixtures.rows(new double[] {2});
        assertEquals(1, count(f, 2, SUPERLEVEL, CONTOUR));
        assertEquals(0, count(f, 2.5, SUPERLEVEL, CONTOUR));
        assertEquals(new ComponentInfo(0, 1, 2.0, 0, 0, 0, 0, 0),
                ComponentLabeller.label(f, 1, SUPERLEVEL, CONTOUR).components().get(0));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void singleRowAndSingleColumnCountRuns(Connectivity c) {
        double[] run = {1, 3, 3, 0, 4, 0, 5, 5};
        assertEquals(3, count(Fixtures.rows(run), 2, SUPERLEVEL, c));
        double[][] column = new double[run.length][];
        for (int k = 0; k < run.length; k++) {
            column[k] = new double[] {run[k]};
        }
        assertEquals(3, count(Fixtures.rows(column), 2, SUPERLEVEL, c));
    }

    @ParameterizedTest
    @EnumSource(SetMode.class)
    void allUndefinedGridHasNoComponents(SetMode mode) {
        SampledField f = Fixtures.rows(new double[] {NAN, NAN}, new double[] {NAN, NAN});
        Labelling l = ComponentLabeller.label(f, 0, mode, CONTOUR);
        assertEquals(0, l.count());
        assertArrayEquals(new int[] {-1, -1, -1, -1}, l.labels());
    }

    @Test
    void levelOutsideTheRangeGivesAllOrNothing() {
        assertEquals(0, count(Fixtures.maxTree(), 100, SUPERLEVEL, CONTOUR));
        assertEquals(1, count(Fixtures.maxTree(), -100, SUPERLEVEL, CONTOUR));
        assertEquals(0, count(Fixtures.maxTree(), -100, SUBLEVEL, CONTOUR));
        assertEquals(1, count(Fixtures.maxTree(), 100, SUBLEVEL, CONTOUR));
    }

    @Test
    void componentInfoReportsPeakAndBoundingBox() {
        SampledField f = Fixtures.rows(new double[] {0, 0, 0, 0}, new double[] {0, 2, 3, 0},
                new double[] {0, 3, 1, 0});
        ComponentInfo info = ComponentLabeller.label(f, 1, SUPERLEVEL, FOUR).components().get(0);
        // rows top-down: the 3 in the bottom row is k1 (i=1, j=0), the 3 in the middle is k6; lowest wins
        assertEquals(new ComponentInfo(0, 4, 3.0, 1, 1, 0, 2, 1), info);
    }

    @Test
    void nanLevelIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ComponentLabeller.label(Fixtures.maxTree(), Double.NaN, SUPERLEVEL, FOUR));
    }
}
