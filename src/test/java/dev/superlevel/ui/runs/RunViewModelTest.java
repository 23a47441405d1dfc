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
    void aNewRunStartsWhereAskedWithThePapersDecayingRate() {
        RunViewModel run = runs.add(4, 2);
        Trajectory t = run.trajectoryProperty().get();
        assertNotNull(t);
        assertEquals(4, t.steps().get(0).x());
        assertEquals(2, t.steps().get(0).y());
        assertTrue(t.steps().get(1).lr() < t.steps().get(0).lr(), "α(t) decays");
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
