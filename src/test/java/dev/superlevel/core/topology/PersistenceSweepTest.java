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

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

class PersistenceSweepTest {

    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final double POS_INF = Double.POSITIVE_INFINITY;

    private static PersistenceDiagram sweep(SampledField f, SetMode mode, Connectivity c) {
        return PersistenceSweep.compute(f, mode, c, Cancellation.NONE);
    }

    /*
     * Max-tree fixture, superlevel. Flat indices and sweep order (value descending, ties by index):
     *   15 13 16    k6 k7 k8     order: k0(16) k8(16) k6(15) k2(14) k7(13) k1(12) k3(12) k4(12) k5(10)
     *   12 12 10    k3 k4 k5
     *   16 12 14    k0 k1 k2
     * k0, k8, k6, k2 each have no active neighbour (not even diagonally: the only diagonal pairs
     * among them would be k6–k4 … and k4 is still out): components A(16,k0) B(16,k8) C(15,k6) D(14,k2).
     * k7 (13) touches C (k6) and B (k8): C is younger (15 < 16) and dies → (15, 13).
     * k1 (12) touches A (k0) and D (k2): D dies → (14, 12).
     * k3 (12) touches A (k0) and B (k6): equal peaks 16, B has the higher peak index 8 → (16, 12).
     * k4, k5 join A. A never dies → (16, −∞). Diagonals add nothing new (k3–k7, k1–k5 … join
     * components that are already one), so 4, 8 and contour agree.
     */
    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureSuperlevelPairs(Connectivity c) {
        assertEquals(List.of(new PersistencePair(16, NEG_INF, 0), new PersistencePair(16, 12, 8),
                new PersistencePair(15, 13, 6), new PersistencePair(14, 12, 2)),
                sweep(Fixtures.maxTree(), SUPERLEVEL, c).pairs());
    }

    /*
     * Sublevel, sweep ascending: k5(10) k1(12) k3(12) k4(12) k7(13) k2(14) k6(15) k0(16) k8(16).
     * k5 starts A(10). k1 and k3 have no active neighbour (k4 not yet in; the diagonals k1–k5 and
     * k3–k7 are not active or, for k1–k5 in 8/contour, k5 is active!). 4: k1 starts B(12), k3 C(12);
     * k4 joins A, B, C at 12 → B and C die at their birth: pairs with birth = death are dropped.
     * 8/contour: k1 links diagonally to k5 (contour: cell k1,k2,k4,k5 has mean 12 ≤ 12), so only C
     * starts and dies at 12. Either way one pair survives: (10, +∞).
     */
    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureSublevelHasOnlyTheEssentialPair(Connectivity c) {
        PersistenceDiagram d = sweep(Fixtures.maxTree(), SUBLEVEL, c);
        assertEquals(List.of(new PersistencePair(10, POS_INF, 5)), d.pairs());
        assertArrayEquals(new int[] {-1, 0, -1, 0, 0, 0, -1, -1, -1}, d.labelsAt(12, 0));
    }

    @Test
    void maxTreeCountsMatchThePairs() {
        PersistenceDiagram d = sweep(Fixtures.maxTree(), SUPERLEVEL, CONTOUR);
        assertEquals(0, d.componentCount(16.5));
        assertEquals(2, d.componentCount(16));
        assertEquals(3, d.componentCount(15));
        assertEquals(4, d.componentCount(14));
        assertEquals(3, d.componentCount(12.5));
        assertEquals(1, d.componentCount(12));
        assertEquals(1, d.componentCount(NEG_INF));
        assertArrayEquals(new double[] {12, 13, 14, 15, 16}, d.eventLevels());
    }

    @Test
    void maxTreeLabelsKeepTheIdentityOfTheOldestPeak() {
        PersistenceDiagram d = sweep(Fixtures.maxTree(), SUPERLEVEL, FOUR);
        // at 12.5 the top row is B (pair 1) although C's samples joined first: C died at 13
        assertArrayEquals(new int[] {0, -1, 3, -1, -1, -1, 1, 1, 1}, d.labelsAt(12.5, 0));
        // at 13.5 the top row splits: C (pair 2) shows its own id
        assertArrayEquals(new int[] {0, -1, 3, -1, -1, -1, 2, -1, 1}, d.labelsAt(13.5, 0));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, -1, 0, 0, 0}, d.labelsAt(12, 0));
    }

    @Test
    void minimumPersistenceMergesShortLivedComponentsIntoTheirParent() {
        PersistenceDiagram d = sweep(Fixtures.maxTree(), SUPERLEVEL, FOUR);
        // persistences: A ∞, B 4, C 2, D 2
        assertEquals(4, d.componentCount(14, 0));
        assertEquals(2, d.componentCount(14, 3));
        assertArrayEquals(new int[] {0, -1, 0, -1, -1, -1, 1, -1, 1}, d.labelsAt(13.5, 3));
        assertEquals(1, d.componentCount(14, 5));
    }

    /* Saddle [[0,1],[1,0]] top-down: 1s at k0 and k3 (the rising diagonal), 0s at k1, k2; mean 0.5. */
    @Test
    void saddleMergesAtTheCellMeanInContourMode() {
        // two maxima born at 1; the diagonal enters at min(1, 1, 0.5) = 0.5, later than both ends
        assertEquals(List.of(new PersistencePair(1, NEG_INF, 0), new PersistencePair(1, 0.5, 3)),
                sweep(Fixtures.saddle(), SUPERLEVEL, CONTOUR).pairs());
    }

    @Test
    void saddleMergesOnlyThroughAZeroInFourConnectivity() {
        assertEquals(List.of(new PersistencePair(1, NEG_INF, 0), new PersistencePair(1, 0, 3)),
                sweep(Fixtures.saddle(), SUPERLEVEL, FOUR).pairs());
    }

    @Test
    void saddleIsOneComponentFromTheStartInEightConnectivity() {
        // the second 1 links diagonally at its own level: birth = death, not reported
        assertEquals(List.of(new PersistencePair(1, NEG_INF, 0)),
                sweep(Fixtures.saddle(), SUPERLEVEL, EIGHT).pairs());
    }

    @Test
    void sublevelSaddleMergesTheZerosAtTheMean() {
        // the 0s are minima on the falling diagonal; the diagonal enters at max(0, 0, 0.5) = 0.5
        assertEquals(List.of(new PersistencePair(0, POS_INF, 1), new PersistencePair(0, 0.5, 2)),
                sweep(Fixtures.saddle(), SUBLEVEL, CONTOUR).pairs());
    }

    @Test
    void cornerAboveTheCellMeanJoinsTheDiagonalBeforeTheSaddleDoes() {
        // 3s at k0, k3 on the rising diagonal, mean (3+0+2.5+3)/4 = 2.125 < 2.5: the 2.5 joins them first
        SampledField f = Fixtures.rows(new double[] {2.5, 3}, new double[] {3, 0});
        assertEquals(List.of(new PersistencePair(3, NEG_INF, 0), new PersistencePair(3, 2.5, 3)),
                sweep(f, SUPERLEVEL, CONTOUR).pairs());
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void plateauIsOneComponentWithNoZeroPersistencePairs(Connectivity c) {
        SampledField f = Fixtures.rows(new double[] {2, 2, 2}, new double[] {2, 2, 2});
        PersistenceDiagram d = sweep(f, SUPERLEVEL, c);
        assertEquals(List.of(new PersistencePair(2, NEG_INF, 0)), d.pairs());
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, d.labelsAt(2, 0));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void nanColumnLeavesTwoEssentialComponents(Connectivity c) {
        SampledField f = Fixtures.rows(new double[] {1, NAN, 4}, new double[] {3, NAN, 2});
        PersistenceDiagram d = sweep(f, SUPERLEVEL, c);
        assertEquals(List.of(new PersistencePair(4, NEG_INF, 5), new PersistencePair(3, NEG_INF, 0)),
                d.pairs());
        assertEquals(2, d.componentCount(0));
        assertEquals(2, d.componentCount(NEG_INF));
        assertArrayEquals(new int[] {1, -1, 0, 1, -1, 0}, d.labelsAt(1, 0));
    }

    @Test
    void singleSampleHasOneEssentialPair() {
        PersistenceDiagram d = sweep(Fixtures.rows(new double[] {7}), SUBLEVEL, CONTOUR);
        assertEquals(List.of(new PersistencePair(7, POS_INF, 0)), d.pairs());
        assertEquals(0, d.componentCount(6));
        assertEquals(1, d.componentCount(7));
    }

    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void rowAndColumnGiveTheSamePairs(Connectivity c) {
        double[] run = {1, 3, 2, 5, 0, 4};
        double[][] column = new double[run.length][];
        for (int k = 0; k < run.length; k++) {
            column[k] = new double[] {run[run.length - 1 - k]}; // top-down, so index k holds run[k]
        }
        List<PersistencePair> expected = List.of(new PersistencePair(5, NEG_INF, 3),
                new PersistencePair(4, 0, 5), new PersistencePair(3, 2, 1));
        assertEquals(expected, sweep(Fixtures.rows(run), SUPERLEVEL, c).pairs());
        assertEquals(expected, sweep(Fixtures.rows(column), SUPERLEVEL, c).pairs());
    }

    @ParameterizedTest
    @EnumSource(SetMode.class)
    void allUndefinedGridHasNoPairs(SetMode mode) {
        SampledField f = Fixtures.rows(new double[] {NAN, POS_INF}, new double[] {NEG_INF, NAN});
        PersistenceDiagram d = sweep(f, mode, CONTOUR);
        assertEquals(List.of(), d.pairs());
        assertEquals(0, d.componentCount(0));
        assertArrayEquals(new int[] {-1, -1, -1, -1}, d.labelsAt(0, 0));
        assertEquals(0, d.eventLevels().length);
    }

    @Test
    void levelsOutsideTheRangeGiveOneOrNoComponent() {
        PersistenceDiagram up = sweep(Fixtures.maxTree(), SUPERLEVEL, CONTOUR);
        PersistenceDiagram down = sweep(Fixtures.maxTree(), SUBLEVEL, CONTOUR);
        assertEquals(0, up.componentCount(1e9));
        assertEquals(1, up.componentCount(-1e9));
        assertEquals(0, down.componentCount(-1e9));
        assertEquals(1, down.componentCount(1e9));
    }

    @Test
    void bettiCurveStepsAtEveryEvent() {
        BettiCurve b = sweep(Fixtures.maxTree(), SUPERLEVEL, FOUR).bettiCurve();
        assertArrayEquals(new double[] {12, 13, 14, 15, 16}, b.levels());
        assertArrayEquals(new int[] {1, 3, 4, 3, 2}, b.counts());
    }

    @Test
    void negativeZeroTiesWithPositiveZero() {
        // −0.0 and 0.0 are equal values: index order decides, so the peak is the first sample
        PersistenceDiagram d = sweep(Fixtures.rows(new double[] {-0.0, -1, 0.0}), SUPERLEVEL, FOUR);
        assertEquals(0, d.pairs().get(0).peakIndex());
        assertEquals(new PersistencePair(0.0, -1, 2), d.pairs().get(1));
    }

    /** sin(3x)·cos(3y) + 0.1·x on 97² samples of [−5, 5]²: dozens of maxima and saddles. */
    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void smoothFieldCountsMatchFreshLabellingsAtManyLevels(Connectivity c) {
        int n = 97;
        dev.superlevel.core.grid.GridSpec spec = dev.superlevel.core.grid.GridSpec.square(
                dev.superlevel.core.grid.Domain.defaultDomain(), n);
        double[] v = new double[n * n];
        for (int k = 0; k < v.length; k++) {
            double x = spec.x(k % n);
            double y = spec.y(k / n);
            v[k] = Math.sin(3 * x) * Math.cos(3 * y) + 0.1 * x;
        }
        SampledField f = new SampledField(spec, v);
        for (SetMode mode : SetMode.values()) {
            PersistenceDiagram d = sweep(f, mode, c);
            for (double lambda = -1.4; lambda <= 1.4; lambda += 0.05) {
                Labelling fresh = ComponentLabeller.label(f, lambda, mode, c);
                assertEquals(fresh.count(), d.componentCount(lambda), mode + " at " + lambda);
                assertEquals(fresh.count(), java.util.Arrays.stream(d.labelsAt(lambda, 0)).filter(id -> id >= 0)
                        .distinct().count(), mode + " at " + lambda);
            }
        }
    }

    @Test
    void cancelledSweepThrows() {
        assertThrows(CancelledException.class,
                () -> PersistenceSweep.compute(Fixtures.maxTree(), SUPERLEVEL, FOUR, () -> true));
    }

    @Test
    void badArgumentsAreRejectedWithAMessage() {
        PersistenceDiagram d = sweep(Fixtures.maxTree(), SUPERLEVEL, FOUR);
        assertThrows(IllegalArgumentException.class, () -> d.labelsAt(12, 0, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> d.componentCount(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> d.labelsAt(12, -1));
    }
}
