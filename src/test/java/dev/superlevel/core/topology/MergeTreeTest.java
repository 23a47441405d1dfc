package dev.superlevel.core.topology;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

class MergeTreeTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static MergeTree tree(SampledField f, SetMode mode, Connectivity c, double minPersistence) {
        return MergeTree.of(PersistenceSweep.compute(f, mode, c, Cancellation.NONE), minPersistence);
    }

    /*
     * Sub-level, 4-connectivity. Flat indices (j = 0 bottom):
     *   9 9 9 9 9     k10 … k14
     *   1 5 3 7 2     k5 k6 k7 k8 k9
     *   9 9 9 9 9     k0 … k4
     * Sweep: k5(1) starts A; k9(2) starts B; k7(3) starts C; k6(5) joins A and C: C dies (3, 5);
     * k8(7) joins C→A and B: B dies (2, 7); the ten 9s join A. A merge sample goes to the survivor,
     * so A holds k5, k6, k8 and the ten 9s (13 samples), B only k9, C only k7.
     */
    private static SampledField trench() {
        return Fixtures.rows(new double[] {9, 9, 9, 9, 9}, new double[] {1, 5, 3, 7, 2},
                new double[] {9, 9, 9, 9, 9});
    }

    @Test
    void trenchBranchesInBirthOrderWithSizesAndParents() {
        MergeTree t = tree(trench(), SetMode.SUBLEVEL, Connectivity.FOUR, 0);
        assertEquals(List.of(new MergeTree.Branch(0, 1, 5, 0, 1, INF, INF, 13, -1),
                new MergeTree.Branch(1, 2, 9, 4, 1, 7, 5, 1, 0),
                new MergeTree.Branch(2, 3, 7, 2, 1, 5, 2, 1, 0)), t.branches());
        assertEquals(15, t.definedSamples());
    }

    @Test
    void trenchBasinOfEverySample() {
        MergeTree t = tree(trench(), SetMode.SUBLEVEL, Connectivity.FOUR, 0);
        int[] expected = {0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0};
        for (int p = 0; p < expected.length; p++) {
            assertEquals(expected[p], t.basinOf(p), "sample " + p);
        }
    }

    @Test
    void branchesBelowTheThresholdFoldIntoTheirParent() {
        MergeTree t = tree(trench(), SetMode.SUBLEVEL, Connectivity.FOUR, 3);
        assertEquals(List.of(new MergeTree.Branch(0, 1, 5, 0, 1, INF, INF, 14, -1),
                new MergeTree.Branch(1, 2, 9, 4, 1, 7, 5, 1, 0)), t.branches());
        assertEquals(0, t.basinOf(7));
        assertEquals(1, t.basinOf(9));
    }

    /*
     * The max-tree fixture, super-level (pairs derived in PersistenceSweepTest): A(16, k0) essential,
     * B(16, k8) dies at 12 into A, C(15, k6) dies at 13 into B, D(14, k2) dies at 12 into A.
     *   15 13 16    k6 k7 k8      k7 merges C into B: B; k1 merges D into A: A;
     *   12 12 10    k3 k4 k5      k3 merges B into A: A; k4, k5 join A.
     *   16 12 14    k0 k1 k2      sizes A {k0 k1 k3 k4 k5} 5, B {k8 k7} 2, C 1, D 1
     */
    @ParameterizedTest
    @EnumSource(Connectivity.class)
    void maxTreeFixtureSuperlevel(Connectivity c) {
        MergeTree t = tree(Fixtures.maxTree(), SetMode.SUPERLEVEL, c, 0);
        double ninf = Double.NEGATIVE_INFINITY;
        assertEquals(List.of(new MergeTree.Branch(0, 16, 0, 0, 0, ninf, INF, 5, -1),
                new MergeTree.Branch(1, 16, 8, 2, 2, 12, 4, 2, 0),
                new MergeTree.Branch(2, 15, 6, 0, 2, 13, 2, 1, 1),
                new MergeTree.Branch(3, 14, 2, 2, 0, 12, 2, 1, 0)), t.branches());
        assertEquals(List.of(1, 3), t.children(0).stream().map(MergeTree.Branch::id).toList());
    }

    @Test
    void maxTreeFixtureThresholdThreeKeepsTwoBranches() {
        MergeTree t = tree(Fixtures.maxTree(), SetMode.SUPERLEVEL, Connectivity.CONTOUR, 3);
        assertEquals(List.of(6, 3), t.branches().stream().map(MergeTree.Branch::size).toList());
        assertEquals(List.of(-1, 0), t.branches().stream().map(MergeTree.Branch::parent).toList());
    }

    @Test
    void undefinedSamplesHaveNoBasin() {
        SampledField f = Fixtures.rows(new double[] {1, Fixtures.NAN}, new double[] {2, 3});
        MergeTree t = tree(f, SetMode.SUBLEVEL, Connectivity.FOUR, 0);
        assertEquals(-1, t.basinOf(3));
        assertEquals(3, t.definedSamples());
    }

    @Test
    void basinAtUsesTheNearestNodeAndRefusesOutsidePoints() {
        MergeTree t = tree(trench(), SetMode.SUBLEVEL, Connectivity.FOUR, 0);
        assertEquals(2, t.basinAt(2.2, 0.9));  // nearest node (2, 1) = k7
        assertEquals(1, t.basinAt(3.6, 1.4));  // nearest node (4, 1) = k9
        assertEquals(-1, t.basinAt(4.01, 1));
        assertEquals(-1, t.basinAt(Double.NaN, 1));
    }

    @Test
    void negativeThresholdIsRefused() {
        PersistenceDiagram d = PersistenceSweep.compute(trench(), SetMode.SUBLEVEL, Connectivity.FOUR,
                Cancellation.NONE);
        assertThrows(IllegalArgumentException.class, () -> MergeTree.of(d, -1));
    }

    /** Himmelblau on [−5, 5]²: exactly its four minima (value 0) persist beyond 1. */
    @Test
    void himmelblauHasFourBasinsAtItsFourMinima() {
        MergeTree t = sampled("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new Domain(-5, 5, -5, 5), 201, 1);
        assertEquals(4, t.branches().size());
        double[][] minima = {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}};
        for (double[] m : minima) {
            int id = t.basinAt(m[0], m[1]);
            MergeTree.Branch b = t.branches().get(id);
            assertTrue(Math.abs(b.x() - m[0]) <= 0.05 && Math.abs(b.y() - m[1]) <= 0.05,
                    "branch " + b + " for the minimum at " + m[0] + "," + m[1]);
        }
        assertEquals(t.definedSamples(), t.branches().stream().mapToInt(MergeTree.Branch::size).sum());
    }

    /** Rastrigin on [−5.12, 5.12]²: one basin per integer point (11 × 11), the global one at the origin first. */
    @Test
    void rastriginHasOneBasinPerIntegerPoint() {
        MergeTree t = sampled("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", new Domain(-5.12, 5.12, -5.12,
                5.12), 257, 1);
        assertEquals(121, t.branches().size());
        assertEquals(0, t.basinAt(0, 0));
        for (MergeTree.Branch b : t.branches()) {
            assertTrue(Math.abs(b.x() - Math.rint(b.x())) < 0.05 && Math.abs(b.y() - Math.rint(b.y())) < 0.05,
                    "minimum off an integer point: " + b);
            assertEquals(b.id(), t.basinAt(Math.rint(b.x()), Math.rint(b.y())));
        }
    }

    @Test
    void quadraticHasOneBasinHoldingEverySample() {
        MergeTree t = sampled("x^2 + 3*y^2", Domain.defaultDomain(), 64, 0);
        assertEquals(1, t.branches().size());
        assertEquals(64 * 64, t.branches().get(0).size());
    }

    private static MergeTree sampled(String expression, Domain domain, int n, double minPersistence) {
        SampledField f = GridSampler.sample(ExpressionCompiler.compile(expression, Map.of()),
                GridSpec.square(domain, n));
        return MergeTree.sublevel(f, Connectivity.CONTOUR, minPersistence, Cancellation.NONE);
    }
}
