package dev.superlevel.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class ComparisonTest {

    @Test
    void sweepIsGeometricWithExactEnds() {
        double[] r = LearningRateSweep.logSpaced(1e-4, 1e-1, 4);
        assertEquals(1e-4, r[0]);
        assertEquals(1e-1, r[3]);
        for (int k = 1; k < 4; k++) {
            assertEquals(10, r[k] / r[k - 1], 1e-13);
        }
        assertArrayEquals(new double[] {0.3}, LearningRateSweep.logSpaced(0.3, 0.3, 1));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSweep.logSpaced(0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSweep.logSpaced(0.1, 1, 1));
    }

    private static ComparisonRow row(double lr, double finalLoss, RunStatus status) {
        return new ComparisonRow(OptimizerKind.GD, lr, finalLoss, finalLoss, -1, 0, 0, status, false);
    }

    @Test
    void bestIsTheLowestFinalLossAmongCompletedRunsSmallerRateOnTies() {
        List<ComparisonRow> marked = Comparison.markBest(List.of(row(0.1, 3, RunStatus.COMPLETED),
                row(0.2, 1, RunStatus.COMPLETED), row(0.4, 0.5, RunStatus.DIVERGED), row(0.8, 1, RunStatus.COMPLETED)));
        assertEquals(List.of(false, true, false, false), marked.stream().map(ComparisonRow::best).toList());
    }

    @Test
    void noBestWhenEveryRunDiverged() {
        List<ComparisonRow> marked = Comparison.markBest(List.of(row(1, 5, RunStatus.DIVERGED)));
        assertEquals(false, marked.get(0).best());
    }

    /*
     * Two wells (x² − 1)² + y², 41 × 21 samples of [−2, 2] × [−1, 1]: the left well (lower index) is
     * branch 0, the right one branch 1. A path left, left, right, outside, right, left: two switches.
     */
    @Test
    void basinSwitchesSkipPointsWithoutABasin() {
        SampledField f = GridSampler.sample(ExpressionCompiler.compile("(x^2 - 1)^2 + y^2", Map.of()),
                new GridSpec(new Domain(-2, 2, -1, 1), 41, 21));
        MergeTree tree = MergeTree.sublevel(f, Connectivity.CONTOUR, 0, Cancellation.NONE);
        assertEquals(0, tree.basinAt(-1, 0));
        assertEquals(1, tree.basinAt(1, 0));
        double[] xs = {-1, -0.8, 1, 5, 1.1, -1};
        double[] ys = {0, 0, 0, 0, 0, 0};
        assertEquals(2, BasinSwitches.count(tree, xs, ys, 6));
        assertEquals(1, BasinSwitches.count(tree, xs, ys, 3));
    }

    @Test
    void cancelledComparisonThrows() {
        SampledField f = GridSampler.sample(ExpressionCompiler.compile("x^2 + y^2", Map.of()),
                GridSpec.square(Domain.defaultDomain(), 9));
        MergeTree tree = MergeTree.sublevel(f, Connectivity.CONTOUR, 0, Cancellation.NONE);
        assertThrows(CancelledException.class, () -> Comparison.run(ExpressionCompiler.compile("x^2 + y^2",
                Map.of()), Comparison.Configs.defaults(1, 1, 10), List.of(OptimizerKind.GD), new double[] {0.1},
                Double.NaN, tree, () -> true));
    }

    /* 2 optimizers × 3 rates: told after each of the 6 runs, in order; the rows are those without progress. */
    @Test
    void progressIsToldAfterEachRunAndChangesNoRow() {
        var loss = ExpressionCompiler.compile("x^2 + y^2", Map.of());
        SampledField f = GridSampler.sample(loss, GridSpec.square(Domain.defaultDomain(), 9));
        MergeTree tree = MergeTree.sublevel(f, Connectivity.CONTOUR, 0, Cancellation.NONE);
        List<OptimizerKind> kinds = List.of(OptimizerKind.GD, OptimizerKind.ADAM);
        double[] rates = {0.01, 0.1, 0.4};
        List<String> told = new java.util.ArrayList<>();
        List<ComparisonRow> rows = Comparison.run(loss, Comparison.Configs.defaults(1, 1, 20), kinds, rates, 1e-3,
                tree, Cancellation.NONE, (done, total) -> told.add(done + "/" + total));
        assertEquals(List.of("1/6", "2/6", "3/6", "4/6", "5/6", "6/6"), told);
        assertEquals(Comparison.run(loss, Comparison.Configs.defaults(1, 1, 20), kinds, rates, 1e-3, tree,
                Cancellation.NONE), rows);
    }
}
