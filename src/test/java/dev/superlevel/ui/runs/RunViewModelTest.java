package dev.superlevel.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import org.junit.jupiter.api.Test;

class RunViewModelTest {

    private final RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());

    RunViewModelTest() {
        runs.lossProperty().set(ExpressionCompiler.compile("0.5*(x^2 + 10*y^2)"));
    }

    @Test
    void aNewRunStartsWhereAskedWithThePapersCombinedRate() {
        RunViewModel run = runs.add(4, 2);
        Trajectory t = run.trajectoryProperty().get();
        assertNotNull(t);
        assertEquals(4, t.steps().get(0).x());
        assertEquals(2, t.steps().get(0).y());
        for (int k : new int[] {0, 1, 50}) {
            var s = t.steps().get(k);
            double expected = 0.1 * Math.exp(-0.005 * k) / (1 + s.gradNorm());
            assertEquals(expected, s.lr(), 1e-12 * expected, "α at step " + k);
        }
    }

    @Test
    void anInvalidSettingShowsTheParsersMessageAndKeepsTheLastTrajectory() {
        RunViewModel run = runs.add(4, 2);
        Trajectory before = run.trajectoryProperty().get();
        run.set("lr", "-1");
        assertTrue(run.errorProperty().get().contains("lr"), run.errorProperty().get());
        assertSame(before, run.trajectoryProperty().get());
    }

    @Test
    void settingTheStartRecomputesFromThere() {
        RunViewModel run = runs.add(4, 2);
        runs.setStartOfSelected(-1, 0.5);
        assertEquals(-1, run.trajectoryProperty().get().steps().get(0).x());
        assertEquals(0.5, run.trajectoryProperty().get().steps().get(0).y());
    }

    @Test
    void duplicateAndRemoveKeepTheSelectionOnAnExistingRun() {
        runs.add(4, 2);
        runs.duplicateSelected();
        assertEquals(2, runs.runs().size());
        RunViewModel copy = runs.selectedProperty().get();
        assertEquals(runs.runs().get(0).settings(), copy.settings());
        runs.removeSelected();
        assertEquals(1, runs.runs().size());
        assertSame(runs.runs().get(0), runs.selectedProperty().get());
    }
}
