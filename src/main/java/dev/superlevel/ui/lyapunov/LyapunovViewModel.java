package dev.superlevel.ui.lyapunov;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.expr.ParseException;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.LyapunovCondition;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.landscape.HatchMask;
import dev.superlevel.ui.landscape.LandscapeViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A typed Lyapunov function V in x and y (the CLI's {@code trajectory --lyapunov}, compiled by the same
 * {@link ExpressionCompiler}). Blank means V = L. A valid V becomes every run's V for the dV/dt column
 * ({@code TrajectoryRunner.run(L, V, …)}, the CLI's path), and the nodes of the view where the theorem's
 * condition ∇V·∇L ≥ 0 fails ({@link LyapunovCondition}) are published for the map to hatch, recomputed
 * in the background when V, the loss or the view change (latest request wins). An invalid V shows the
 * parser's message and keeps the last valid one. FX-thread confined.
 */
public final class LyapunovViewModel {

    /** Side of the grid on which the condition is checked (a hatch does not need the map's resolution). */
    public static final int MASK_SIDE = 96;

    private final LandscapeViewModel landscape;
    private final RunsViewModel runs;
    private final LatestRequest work;
    private final StringProperty expression = new SimpleStringProperty(this, "expression", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<LossFunction> function = new ReadOnlyObjectWrapper<>(this, "function");
    private final ReadOnlyObjectWrapper<HatchMask> failures = new ReadOnlyObjectWrapper<>(this, "failures");

    public LyapunovViewModel(BackgroundExecutor executor, LandscapeViewModel landscape, RunsViewModel runs) {
        this.landscape = landscape;
        this.runs = runs;
        this.work = new LatestRequest(executor);
        landscape.functionProperty().addListener(o -> refreshMask());
        landscape.viewDomainProperty().addListener(o -> refreshMask());
    }

    /** Compiles the typed V (blank: V = L) and applies it; returns false and keeps the old V if invalid. */
    public boolean apply() {
        String text = expression.get() == null ? "" : expression.get().trim();
        LossFunction v;
        if (text.isEmpty()) {
            v = null;
        } else {
            try {
                v = ExpressionCompiler.compile(text);
            } catch (ParseException e) {
                problem.set("V: " + e.getMessage());
                return false;
            }
        }
        problem.set("");
        function.set(v);
        runs.lyapunovProperty().set(v);
        refreshMask();
        return true;
    }

    private void refreshMask() {
        LossFunction v = function.get();
        LossFunction loss = landscape.functionProperty().get();
        if (v == null || loss == null) {
            work.cancel();
            failures.set(null);
            return;
        }
        GridSpec spec = GridSpec.square(landscape.viewDomainProperty().get(), MASK_SIDE);
        work.submit(cancel -> new HatchMask(spec, LyapunovCondition.failures(loss, v, spec, cancel),
                "∇V·∇L ≥ 0 fails"),
                failures::set, error -> failures.set(null));
    }

    public StringProperty expressionProperty() {
        return expression;
    }

    /** The parser's message for an invalid V, "" when valid. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The applied V, null for V = L. */
    public ReadOnlyObjectProperty<LossFunction> functionProperty() {
        return function.getReadOnlyProperty();
    }

    /** Where ∇V·∇L ≥ 0 fails over the current view; null for V = L or while computing the first. */
    public ReadOnlyObjectProperty<HatchMask> failuresProperty() {
        return failures.getReadOnlyProperty();
    }
}
