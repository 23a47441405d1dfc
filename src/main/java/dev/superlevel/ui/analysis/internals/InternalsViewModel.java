package dev.superlevel.ui.analysis.internals;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;

/**
 * The optimizer's internals at the current step (issue 14): while {@link #showingProperty()} is on, the
 * arrows ({@link StepArrows}) of the selected run at the playback's current step, clamped to the run's last
 * row as the step table does (a run that stopped early keeps showing its last row, which has no update and
 * so no arrows). Follows step changes, selection changes and recomputed runs. Reading the recorded
 * internals is cheap (one row), so it runs on the FX thread; FX-thread confined.
 */
public final class InternalsViewModel {

    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", false);
    private final ReadOnlyObjectWrapper<List<Arrow>> arrows = new ReadOnlyObjectWrapper<>(this, "arrows",
            List.of());
    private final ReadOnlyIntegerWrapper row = new ReadOnlyIntegerWrapper(this, "row", -1);
    private final InvalidationListener refresh = o -> refresh();

    public InternalsViewModel(RunsViewModel runs, PlaybackViewModel playback) {
        this.runs = runs;
        this.playback = playback;
        ChangeListener<RunViewModel> rewire = (o, before, after) -> {
            if (before != null) {
                before.trajectoryProperty().removeListener(refresh);
            }
            if (after != null) {
                after.trajectoryProperty().addListener(refresh);
            }
            refresh();
        };
        runs.selectedProperty().addListener(rewire);
        playback.currentStepProperty().addListener(refresh);
        showing.addListener(refresh);
        rewire.changed(runs.selectedProperty(), null, runs.selectedProperty().get());
    }

    private void refresh() {
        RunViewModel run = runs.selectedProperty().get();
        Trajectory t = run == null ? null : run.trajectoryProperty().get();
        if (!showing.get() || t == null || t.size() == 0) {
            row.set(-1);
            arrows.set(List.of());
            return;
        }
        int r = Math.min(playback.currentStepProperty().get(), t.size() - 1);
        row.set(r);
        arrows.set(StepArrows.of(t, r));
    }

    /** Whether the arrows are shown (View ▸ / Analysis ▸ "Show optimizer internals", key I). */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** The arrows now, empty when hidden or when nothing is recorded at this step. */
    public ReadOnlyObjectProperty<List<Arrow>> arrowsProperty() {
        return arrows.getReadOnlyProperty();
    }

    /** The trajectory row the arrows belong to, −1 when none is shown. */
    public ReadOnlyIntegerProperty rowProperty() {
        return row.getReadOnlyProperty();
    }
}
