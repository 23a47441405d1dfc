package dev.superlevel.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

class BasinRunnerTest {

    private static final String HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
    private static final String RASTRIGIN = "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)";

    private static LossFunction f(String expression) {
        return ExpressionCompiler.compile(expression, Map.of());
    }

    private static MergeTree tree(LossFunction loss, Domain d, int n, double minPersistence) {
        return MergeTree.sublevel(GridSampler.sample(loss, GridSpec.square(d, n)), Connectivity.CONTOUR,
                minPersistence, Cancellation.NONE);
    }

    private static RunConfig gd(double lr, int steps) {
        return RunConfig.defaults(OptimizerKind.GD).withLearningRate(lr).withSteps(steps);
    }

    @Test
    void latticeIsXFastestWithInclusiveEndpoints() {
        Lattice l = new Lattice(new Domain(-1, 1, 0, 2), 3);
        assertEquals(9, l.size());
        double[][] expected = {{-1, 0}, {0, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}, {-1, 2}, {0, 2}, {1, 2}};
        for (int k = 0; k < 9; k++) {
            assertArrayEquals(expected[k], new double[] {l.x(k), l.y(k)}, "start " + k);
        }
        assertThrows(IllegalArgumentException.class, () -> new Lattice(Domain.defaultDomain(), 1));
    }

    /** Every run from a Himmelblau lattice ends at one of its four minima, named by that minimum's branch. */
    @Test
    void himmelblauStartsEndInTheBasinOfTheMinimumTheyReach() {
        LossFunction loss = f(HIMMELBLAU);
        Domain d = new Domain(-5, 5, -5, 5);
        MergeTree tree = tree(loss, d, 201, 1);
        BasinMap map = BasinRunner.run(loss, gd(0.01, 1000), new Lattice(d, 8), tree, 1e-6, 1, Cancellation.NONE,
                k -> { });
        double[][] minima = {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}};
        Set<Integer> seen = new HashSet<>();
        for (BasinOutcome o : map.outcomes()) {
            assertEquals(EndStatus.CONVERGED, o.status(), o.toString());
            int nearest = -1;
            for (int m = 0; m < 4; m++) {
                if (Math.hypot(o.endX() - minima[m][0], o.endY() - minima[m][1]) < 1e-5) {
                    nearest = m;
                }
            }
            assertTrue(nearest >= 0, "not at a known minimum: " + o);
            MergeTree.Branch b = tree.branches().get(o.basin());
            assertTrue(Math.hypot(b.x() - o.endX(), b.y() - o.endY()) < 0.08, "basin " + b + " for " + o);
            seen.add(o.basin());
        }
        assertEquals(Set.of(0, 1, 2, 3), seen);
    }

    /** Starts on Rastrigin's integer points stay in the egg-box cell they start in. */
    @Test
    void rastriginIntegerStartsStayInTheirOwnBasin() {
        LossFunction loss = f(RASTRIGIN);
        MergeTree tree = tree(loss, new Domain(-5.12, 5.12, -5.12, 5.12), 257, 1);
        Lattice lattice = new Lattice(new Domain(-4, 4, -4, 4), 9);
        BasinMap map = BasinRunner.run(loss, gd(0.001, 1000), lattice, tree, 1e-6, 2, Cancellation.NONE, k -> { });
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < lattice.size(); k++) {
            BasinOutcome o = map.outcomes().get(k);
            assertEquals(EndStatus.CONVERGED, o.status(), o.toString());
            assertEquals(tree.basinAt(lattice.x(k), lattice.y(k)), o.basin(), o.toString());
            seen.add(o.basin());
        }
        assertEquals(81, seen.size());
    }

    @Test
    void theSameOutcomesForAnyThreadCount() {
        LossFunction loss = f(RASTRIGIN);
        Domain d = new Domain(-5.12, 5.12, -5.12, 5.12);
        MergeTree tree = tree(loss, d, 129, 0);
        RunConfig adam = RunConfig.defaults(OptimizerKind.ADAM).withLearningRate(0.05).withSteps(200);
        Lattice lattice = new Lattice(d, 12);
        BasinMap one = BasinRunner.run(loss, adam, lattice, tree, 1e-3, 1, Cancellation.NONE, k -> { });
        BasinMap two = BasinRunner.run(loss, adam, lattice, tree, 1e-3, 2, Cancellation.NONE, k -> { });
        BasinMap five = BasinRunner.run(loss, adam, lattice, tree, 1e-3, 5, Cancellation.NONE, k -> { });
        assertEquals(one.outcomes(), two.outcomes());
        assertEquals(one.outcomes(), five.outcomes());
        assertEquals(0, one.changedStarts(five).length);
    }

    @Test
    void cancellationStopsTheComputation() {
        LossFunction loss = f(RASTRIGIN);
        Domain d = new Domain(-5.12, 5.12, -5.12, 5.12);
        MergeTree tree = tree(loss, d, 65, 0);
        AtomicInteger finished = new AtomicInteger();
        Cancellation afterTen = () -> finished.get() >= 10;
        assertThrows(CancelledException.class, () -> BasinRunner.run(loss, gd(0.001, 100), new Lattice(d, 16),
                tree, 1e-3, 2, afterTen, finished::set));
        assertTrue(finished.get() < 256, "finished " + finished.get());
    }

    @Test
    void statusesForRunsThatDivergeLeaveOrStopShort() {
        Domain d = new Domain(-1, 1, -1, 1);
        // x² with lr 1.5: θ ← −2θ, past 1e6 after ~20 updates
        LossFunction bowl = f("x^2 + y^2");
        MergeTree tree = tree(bowl, d, 21, 0);
        Lattice lattice = new Lattice(d, 2);
        BasinOutcome diverged = BasinRunner.run(bowl, gd(1.5, 100), lattice, tree, 1e-6, 1, Cancellation.NONE,
                k -> { }).outcomes().get(3);
        assertEquals(EndStatus.DIVERGED, diverged.status());
        assertEquals(-1, diverged.basin());
        // lr 0.1 for 1 update from (1, 1): (0.8, 0.8), gradient 2.26 > tolerance
        BasinOutcome shortRun = BasinRunner.run(bowl, gd(0.1, 1), lattice, tree, 1e-6, 1, Cancellation.NONE,
                k -> { }).outcomes().get(3);
        assertEquals(new BasinOutcome(1, 1, 0.8, 0.8, 0.8 * 0.8 + 0.8 * 0.8, 1, EndStatus.NOT_CONVERGED, 0), shortRun);
        // a plane x + y: gd with lr 1 walks one unit per step out of the view
        LossFunction plane = f("x + y");
        BasinOutcome left = BasinRunner.run(plane, gd(1, 3), lattice, tree(plane, d, 21, 0), 1e-6, 1,
                Cancellation.NONE, k -> { }).outcomes().get(0);
        assertEquals(new BasinOutcome(-1, -1, -4, -4, -8, 3, EndStatus.LEFT_DOMAIN, -1), left);
    }
}
