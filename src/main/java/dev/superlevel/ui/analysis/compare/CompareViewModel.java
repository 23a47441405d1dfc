package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.analysis.Comparison;
import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.io.analysis.ComparisonCsv;
import dev.superlevel.render.RunPalette;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.files.FileDialogs;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunSettings;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Compare dialog (issue 14): a fair comparison of the ticked optimizers over a log-spaced learning-rate
 * sweep on the landscape on screen, computed in the background by {@link Comparison#run} (the CLI's
 * {@code compare}, with the basins named by the sub-level merge tree of the map's grid, contour connectivity,
 * no persistence threshold, as the CLI's defaults). Bad input names its field; a run can be cancelled; the rows
 * export as the CLI's CSV ({@link ComparisonCsv}); each optimizer's best rate can be added to the runs in the
 * optimizer's colour (the colour of its line in the chart: {@link RunPalette} by its place in the comparison).
 * FX-thread confined.
 */
public final class CompareViewModel {

    /** The schedule keys the comparison shares, taken from the selected run. */
    private static final List<String> SCHEDULE_KEYS = RunSettings.SCHEDULE_KEYS.stream()
            .filter(k -> !k.equals("lr")).toList();
    private static final String CSV_NAME = "comparison.csv";

    private final ObservableValue<LandscapeData> data;
    private final RunsViewModel runs;
    private final BackgroundExecutor executor;
    private final LatestRequest work;
    private final Map<OptimizerKind, BooleanProperty> chosen = new LinkedHashMap<>();
    private final StringProperty lrMin = new SimpleStringProperty(this, "lrMin", "1e-3");
    private final StringProperty lrMax = new SimpleStringProperty(this, "lrMax", "1");
    private final StringProperty lrCount = new SimpleStringProperty(this, "lrCount", "7");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "400");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty schedule = new SimpleStringProperty(this, "schedule", "constant");
    private Map<String, String> scheduleParameters = Map.of();
    private final ReadOnlyObjectWrapper<CompareInput.Field> errorField = new ReadOnlyObjectWrapper<>(this, "errorField");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CompareRequest> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private long runId;

    public CompareViewModel(ObservableValue<LandscapeData> data, RunsViewModel runs, BackgroundExecutor executor) {
        this.data = data;
        this.runs = runs;
        this.executor = executor;
        this.work = new LatestRequest(executor);
        for (OptimizerKind kind : OptimizerKind.values()) {
            chosen.put(kind, new SimpleBooleanProperty(this, kind.cliName(),
                    kind == OptimizerKind.GD || kind == OptimizerKind.ADAM));
        }
        useSelectedRun();
        data.addListener((obs, old, d) -> {
            if (old != null && d != null && d.function() != old.function()) {
                functionChanged();
            }
        });
    }

    /** Rows of another function would mislead (and Add best runs would add them to this one): clear them. */
    private void functionChanged() {
        boolean wasRunning = running.get();
        cancel();
        if (wasRunning || !rows.isEmpty()) {
            shown.set(null);
            rows.clear();
            status.set("the function changed: press Run to compare on it");
        }
    }

    /** Takes the start and the schedule (with its parameters) of the selected run, if there is one. */
    public void useSelectedRun() {
        RunViewModel run = runs.selectedProperty().get();
        if (run == null) {
            return;
        }
        double[] s = run.effectiveStart();
        if (s != null) {
            start.set(s[0] + "," + s[1]);
        }
        Map<String, String> own = run.validSettings();
        schedule.set(own.getOrDefault("schedule", "constant"));
        Map<String, String> parameters = new LinkedHashMap<>();
        SCHEDULE_KEYS.stream().filter(own::containsKey).forEach(k -> parameters.put(k, own.get(k)));
        scheduleParameters = Map.copyOf(parameters);
    }

    /** Validates the fields and starts the comparison; bad input sets {@link #errorProperty()} instead. */
    public void run() {
        CompareRequest request;
        try {
            request = request();
        } catch (CompareInput.Problem p) {
            errorField.set(p.field());
            error.set(p.getMessage());
            return;
        }
        LandscapeData d = data.getValue();
        if (d == null) {
            error.set("no landscape yet: wait until the map is drawn");
            return;
        }
        errorField.set(null);
        error.set("");
        start(request, d.function(), d.field());
    }

    private void start(CompareRequest request, LossFunction loss, SampledField field) {
        long id = ++runId;
        running.set(true);
        progress.set(0);
        int total = request.optimizers().size() * request.rates().length;
        status.set("running " + total + " runs…");
        work.submit(cancel -> {
            MergeTree tree = MergeTree.sublevel(field, Connectivity.CONTOUR, 0, cancel);
            return Comparison.run(loss, request.configs(), request.optimizers(), request.rates(), request.target(),
                    tree, cancel, (done, all) -> {
                        if (100L * done / all > 100L * (done - 1) / all) {  // at most one publish per percent
                            executor.publish(() -> {
                                if (id == runId) {
                                    progress.set(done / (double) all);
                                }
                            });
                        }
                    });
        }, result -> {
            running.set(false);
            progress.set(1);
            shown.set(request);  // first: listeners of the rows ask for the colours of this request
            rows.setAll(result);
            status.set(result.size() + " runs compared");
        }, failure -> {
            running.set(false);
            status.set("comparison failed: " + failure.getMessage());
        });
    }

    /** The request the fields describe. */
    CompareRequest request() {
        List<OptimizerKind> kinds = chosen.entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).toList();
        Map<String, String> shared = new LinkedHashMap<>(scheduleParameters);
        shared.put("schedule", schedule.get());
        return CompareInput.read(kinds, lrMin.get(), lrMax.get(), lrCount.get(), steps.get(), target.get(),
                start.get(), shared);
    }

    /** Stops the running comparison; its result, if it still arrives, is dropped. */
    public void cancel() {
        if (running.get()) {
            work.cancel();
            runId++;
            running.set(false);
            progress.set(0);
            status.set("cancelled");
        }
    }

    /** Asks where to save the rows and writes them as the CLI's {@code compare} prints them. */
    public void exportCsv(FileDialogs dialogs) {
        if (rows.isEmpty()) {
            return;
        }
        Path target = dialogs.save("Export comparison as CSV", dev.superlevel.ui.files.FileCommands.CSV,
                CSV_NAME).orElse(null);
        if (target == null) {
            return;
        }
        try {
            AtomicFiles.writeText(target, ComparisonCsv.text(rows, "\n"));
            status.set("saved " + target.getFileName());
        } catch (IOException | RuntimeException e) {
            dialogs.error("Could not write " + target, e.getMessage());
        }
    }

    /**
     * Adds each optimizer's best rate as a run (the exact configuration compared) in the optimizer's colour,
     * or in a free palette colour when a run already has that one; the last one added is selected.
     *
     * @return the runs added, in the comparison's optimizer order
     */
    public List<RunViewModel> addBestRuns() {
        CompareRequest request = shown.get();
        List<RunViewModel> added = new ArrayList<>();
        if (request == null) {
            return added;
        }
        for (ComparisonRow r : rows) {
            if (r.best()) {
                added.add(runs.add(request.settings(r.optimizer(), r.learningRate()), colourOf(r.optimizer()), null));
            }
        }
        status.set(added.isEmpty() ? "no completed run to add" : "added " + added.size() + " best runs");
        return added;
    }

    /** The ARGB colour of {@code kind} in the shown comparison (its line and its added run). */
    public int colourOf(OptimizerKind kind) {
        CompareRequest request = shown.get();
        int k = request == null ? -1 : request.optimizers().indexOf(kind);
        return RunPalette.argb(Math.max(0, k));
    }

    public BooleanProperty chosenProperty(OptimizerKind kind) {
        return chosen.get(kind);
    }

    public StringProperty lrMinProperty() {
        return lrMin;
    }

    public StringProperty lrMaxProperty() {
        return lrMax;
    }

    public StringProperty lrCountProperty() {
        return lrCount;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    /** Blank: no target. */
    public StringProperty targetProperty() {
        return target;
    }

    /** "x,y". */
    public StringProperty startProperty() {
        return start;
    }

    /** The schedule every run uses (a {@link RunSettings#SCHEDULES} name). */
    public StringProperty scheduleProperty() {
        return schedule;
    }

    /** The schedule's parameters taken from the selected run (e.g. decay), shared by every run. */
    public Map<String, String> scheduleParameters() {
        return scheduleParameters;
    }

    /** The field of the last bad input, null when the input was fine. */
    ReadOnlyObjectProperty<CompareInput.Field> errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /** What was wrong with the input ("steps: not a whole number: 'x'"), empty when fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of runs finished, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The rows of the last finished comparison, as {@link Comparison#run} returns them. */
    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    /** The request whose rows are shown, null before the first comparison. */
    ReadOnlyObjectProperty<CompareRequest> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
