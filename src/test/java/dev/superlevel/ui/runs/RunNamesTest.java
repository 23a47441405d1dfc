package dev.superlevel.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** Runs named by what they are, unique in their list; and the list's Lyapunov function reaching each run. */
class RunNamesTest {

    private final RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());

    RunNamesTest() {
        runs.lossProperty().set(ExpressionCompiler.compile("0.5*(x^2 + 10*y^2)"));
    }

    @Test
    void aRunIsNamedByItsOptimizerScheduleAndRate() {
        assertEquals("adam · lr 0.05", RunViewModel.describe(Map.of("optimizer", "adam", "lr", "0.05")));
        assertEquals("gd · exp-norm", RunViewModel.describe(Map.of("optimizer", "gd", "schedule", "exp-norm")));
        assertEquals("mechanic(adam)", RunViewModel.describe(Map.of("optimizer", "mechanic", "base", "adam")));
        assertEquals("gd", RunViewModel.describe(Map.of("schedule", "constant")));
    }

    @Test
    void aLongRateIsNamedToFourDigitsAShortOneAsTyped() {
        // a swept rate as the Compare dialog adds it: 10^-3.5
        assertEquals("gd · lr 3.162e-4", RunViewModel.describe(Map.of("lr", "3.1622776601683794E-4")));
        assertEquals("gd · lr 0.003162", RunViewModel.describe(Map.of("lr", "0.0031622776601683794")));
        assertEquals("gd · lr 1e-3", RunViewModel.describe(Map.of("lr", "1e-3")));
        assertEquals("gd · lr 0.123456", RunViewModel.describe(Map.of("lr", "0.123456")));
        assertEquals("gd · lr not-a-number", RunViewModel.describe(Map.of("lr", "not-a-number")));
    }

    @Test
    void theNameFollowsTheSettings() {
        RunViewModel run = runs.add(4, 2);
        assertEquals("gd · exp-norm · lr 0.1", run.displayName());
        run.set("optimizer", "momentum");
        run.set("schedule", "");
        assertEquals("momentum · lr 0.1", run.displayName());
    }

    @Test
    void twoRunsThatWouldReadTheSameAreNumbered() {
        RunViewModel a = runs.add(4, 2);
        RunViewModel b = runs.add(-4, 2);
        assertEquals("gd · exp-norm · lr 0.1", a.displayName());
        assertEquals("gd · exp-norm · lr 0.1 #2", b.displayName());
        b.set("lr", "0.2");
        assertEquals("gd · exp-norm · lr 0.2", b.displayName());
        runs.runs().remove(a);
        b.set("lr", "0.1");
        assertEquals("gd · exp-norm · lr 0.1", b.displayName());
    }

    @Test
    void theListsLyapunovFunctionIsEveryRunsV() {
        RunViewModel run = runs.add(4, 2);
        runs.lyapunovProperty().set(ExpressionCompiler.compile("x^2"));
        Trajectory t = run.trajectoryProperty().get();
        // ∇V = (2x, 0): dV/dt = 2x₀(x₁ − x₀)
        assertEquals(2 * 4 * (t.step(1).x() - 4), t.step(0).dVdt(), 1e-12);
        runs.lyapunovProperty().set(null);
        Trajectory plain = run.trajectoryProperty().get();
        assertEquals(plain.step(0).taylor1(), plain.step(0).dVdt(), 0.0);
    }
}
