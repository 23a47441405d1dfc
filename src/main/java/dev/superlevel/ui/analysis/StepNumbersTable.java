package dev.superlevel.ui.analysis;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A small table of one step's numbers ({@link StepNumbers}); {@link #show} with a null run clears it, and
 * {@link #following} keeps it on the selected run at the playback's current step (issue 14; the same step's
 * arrows on the map are {@link dev.superlevel.ui.analysis.internals.InternalsLayer}). FX thread only.
 */
public final class StepNumbersTable extends TableView<StepNumbers.Entry> {

    /** What the table says while no run is selected or computed. */
    static final String EMPTY = "The selected run's numbers at the current step show here: click the map to start a run.";

    public StepNumbersTable() {
        setId("step-numbers");
        TableColumn<StepNumbers.Entry, String> name = new TableColumn<>("quantity");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<StepNumbers.Entry, String> value = new TableColumn<>("value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        name.setSortable(false);
        value.setSortable(false);
        getColumns().add(name);
        getColumns().add(value);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPrefHeight(12 * 24 + 28);
        Label empty = new Label(EMPTY);  // not JavaFX's "No content in table"
        empty.setWrapText(true);
        setPlaceholder(empty);
    }

    /**
     * A table that follows the selected run's trajectory at the playback's current step (clamped to the
     * run's last row: runs that stopped early keep showing their last step).
     */
    public static StepNumbersTable following(RunsViewModel runs, PlaybackViewModel playback) {
        StepNumbersTable table = new StepNumbersTable();
        InvalidationListener refresh = o -> {
            RunViewModel run = runs.selectedProperty().get();
            Trajectory t = run == null ? null : run.trajectoryProperty().get();
            boolean empty = t == null || t.size() == 0;
            table.show(empty ? null : t, empty ? 0 : Math.min(playback.currentStepProperty().get(), t.size() - 1));
        };
        ChangeListener<RunViewModel> rewire = (o, before, after) -> {
            if (before != null) {
                before.trajectoryProperty().removeListener(refresh);
            }
            if (after != null) {
                after.trajectoryProperty().addListener(refresh);
            }
            refresh.invalidated(o);
        };
        runs.selectedProperty().addListener(rewire);
        playback.currentStepProperty().addListener(refresh);
        rewire.changed(runs.selectedProperty(), null, runs.selectedProperty().get());
        return table;
    }

    /** Shows row t of {@code run} (nothing for a null run). */
    public void show(Trajectory run, int t) {
        getItems().setAll(run == null ? FXCollections.emptyObservableList() : StepNumbers.of(run, t));
    }
}
