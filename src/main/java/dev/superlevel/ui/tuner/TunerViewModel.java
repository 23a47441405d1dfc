package dev.superlevel.ui.tuner;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TunerState;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Mechanic tuner's internals for the selected run at the current step (clamped to the run's last
 * row): S_t and the per-β s, m, v, r as the trajectory recorded them ({@link Trajectory#tunerState}).
 * Null when the selected run is not a Mechanic run or has no trajectory yet. FX-thread confined.
 */
public final class TunerViewModel {

    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<TunerState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final InvalidationListener update = o -> update();

    public TunerViewModel(RunsViewModel runs, PlaybackViewModel playback) {
        this.runs = runs;
        this.playback = playback;
        playback.currentStepProperty().addListener(update);
        runs.selectedProperty().addListener((obs, old, run) -> {
            if (old != null) {
                old.trajectoryProperty().removeListener(update);
            }
            if (run != null) {
                run.trajectoryProperty().addListener(update);
            }
            update();
        });
        if (runs.selectedProperty().get() != null) {
            runs.selectedProperty().get().trajectoryProperty().addListener(update);
        }
        update();
    }

    private void update() {
        RunViewModel run = runs.selectedProperty().get();
        Trajectory t = run == null ? null : run.trajectoryProperty().get();
        if (t == null || t.size() == 0) {
            state.set(null);
            return;
        }
        int row = Math.min(playback.currentStepProperty().get(), t.size() - 1);
        step.set(row);
        state.set(t.tunerState(row));
    }

    /** The tuner's state at {@link #stepProperty()}, null for a run that is not tuned. */
    public ReadOnlyObjectProperty<TunerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The row shown: the current step, clamped to the selected run's last row. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }
}
