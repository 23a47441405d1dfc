package dev.superlevel.ui.runs;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.ui.concurrent.BackgroundExecutor;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/**
 * The list of runs racing on the landscape, the selected one, and the commands of the runs panel.
 * New runs get the paper's setting: GD with the exponentially decaying rate α₀e^(−βt). FX-thread confined.
 */
public final class RunsViewModel {

    /**
     * Run colours: saturated, readable on viridis and on the shading, and never white (the colour of the λ
     * contour).
     */

    private final BackgroundExecutor executor;
    private final ObservableList<RunViewModel> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<LossFunction> loss = new SimpleObjectProperty<>(this, "loss");
    /** When true every run but the selected one is drawn dimmed. */
    private final javafx.beans.property.BooleanProperty focus = new javafx.beans.property.SimpleBooleanProperty(
            this, "focus", false);
    /** The Lyapunov function V of every run's dV/dt; null: V = L. */
    private final ObjectProperty<LossFunction> lyapunov = new SimpleObjectProperty<>(this, "lyapunov");
    private int created;
    /** The function's domain and start, as the last function switch gave them (null before). */
    private dev.superlevel.core.grid.Domain home;
    private double[] homeStart;

    public RunsViewModel(BackgroundExecutor executor) {
        this.executor = executor;
        loss.addListener((obs, old, f) -> runs.forEach(r -> r.setLoss(f)));
        lyapunov.addListener((obs, old, v) -> runs.forEach(r -> r.setLyapunov(v)));
        runs.addListener((ListChangeListener<RunViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.settings().addListener(
                        (MapChangeListener<String, String>) m -> makeNamesUnique()));
            }
            makeNamesUnique();
        });
    }

    /** Numbers runs that would read the same ("gd · exp-norm · lr 0.1 #2"), in list order. */
    private void makeNamesUnique() {
        Map<String, Integer> seen = new HashMap<>();
        for (RunViewModel r : runs) {
            int k = seen.merge(RunViewModel.describe(r.settings()), 1, Integer::sum);
            r.setDisplaySuffix(k == 1 ? "" : " #" + k);
        }
    }

    /**
     * The settings of a fresh run: GD with the paper's combined rule α₀e^(−βt)/(1 + ‖∇L‖) (exponential
     * decay and gradient-norm scaling, §4), which stays stable on steep samples such as Himmelblau
     * where the plain exponential schedule at the same α₀ diverges.
     */
    public static Map<String, String> paperDefaults(double x, double y) {
        return Map.of("optimizer", "gd", "schedule", "exp-norm", "lr", "0.1", "decay", "0.005",
                "steps", "400", "start", formatPoint(x, y));
    }

    /** "x,y" with up to six significant digits and no trailing zeros, as the start key expects. */
    static String formatPoint(double x, double y) {
        return shortNumber(x) + "," + shortNumber(y);
    }

    static String shortNumber(double v) {
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * Adds a run with the paper's defaults (the Add button) at the function's start, moved along the
     * diagonal off every other run's start ({@link StartSpread}) so it does not hide under one; at (0, 0)
     * before any function told its domain ({@link #setFunctionStart}).
     */
    public RunViewModel addAtFunctionStart() {
        if (home == null) {
            return add(0, 0);
        }
        java.util.List<double[]> starts = new java.util.ArrayList<>(runs.stream().map(RunViewModel::effectiveStart).toList());
        starts.add(null);
        double[] start = StartSpread.starts(starts, home, homeStart).get(starts.size() - 1);
        return add(start[0], start[1]);
    }

    /** The function's domain and the start it prefers there, where {@link #addAtFunctionStart} adds runs. */
    public void setFunctionStart(dev.superlevel.core.grid.Domain domain, double[] start) {
        home = domain;
        homeStart = start.clone();
    }

    /** Adds a run with the paper's defaults starting at (x, y) and selects it. */
    public RunViewModel add(double x, double y) {
        return add(paperDefaults(x, y));
    }

    /** Adds a run with the given settings and selects it. */
    public RunViewModel add(Map<String, String> settings) {
        RunViewModel run = new RunViewModel(executor, "run " + (created + 1), nextColour(), settings);
        run.setLyapunov(lyapunov.get());
        created++;
        runs.add(run);
        run.setLoss(loss.get());
        selected.set(run);
        return run;
    }

    /**
     * Adds a run with the given settings, name (e.g. from a session) and preferred colour, and selects it; the
     * colour is {@link #distinctColour changed} when another run already has it.
     */
    public RunViewModel add(Map<String, String> settings, int argb, String name) {
        RunViewModel run = new RunViewModel(executor, name == null || name.isBlank() ? "run " + (created + 1) : name,
                distinctColour(argb), settings);
        run.setLyapunov(lyapunov.get());
        created++;
        runs.add(run);
        run.setLoss(loss.get());
        selected.set(run);
        return run;
    }

    /** Duplicates the selected run (if any) and selects the copy. */
    public void duplicateSelected() {
        RunViewModel run = selected.get();
        if (run != null) {
            RunViewModel copy = run.duplicate("run " + (created + 1), nextColour());
            created++;
            runs.add(copy);
            selected.set(copy);
        }
    }

    /** Removes the selected run; the selection moves to the last remaining run. */
    public void removeSelected() {
        RunViewModel run = selected.get();
        if (run != null) {
            runs.remove(run);
            selected.set(runs.isEmpty() ? null : runs.get(runs.size() - 1));
        }
    }

    /** Sets the start point of the selected run, adding a run if there is none. */
    public void setStartOfSelected(double x, double y) {
        RunViewModel run = selected.get();
        if (run == null) {
            add(x, y);
        } else {
            run.setStart(x, y);
        }
    }

    /**
     * After a change of function: each run keeps its start when it lies inside {@code domain}, the
     * others start near {@code preferred}, spread so that no two runs share a start ({@link StartSpread}).
     */
    public void keepStartsInside(dev.superlevel.core.grid.Domain domain, double[] preferred) {
        java.util.List<double[]> current = runs.stream().map(RunViewModel::effectiveStart).toList();
        java.util.List<double[]> next = StartSpread.starts(current, domain, preferred);
        for (int k = 0; k < runs.size(); k++) {
            if (!java.util.Arrays.equals(current.get(k), next.get(k))) {
                runs.get(k).setStart(next.get(k)[0], next.get(k)[1]);
            }
        }
    }

    private int nextColour() {
        return distinctColour(dev.superlevel.render.RunPalette.argb(created));
    }

    /**
     * The one place a new run gets its colour: {@code preferred} unless a run in the list already has it, then
     * the first palette colour no run has, so that runs can be told apart while the palette has colours left;
     * {@code preferred} again once every palette colour is taken.
     */
    private int distinctColour(int preferred) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        runs.forEach(r -> taken.add(r.argb()));
        if (!taken.contains(preferred)) {
            return preferred;
        }
        for (int k = 0; k < dev.superlevel.render.RunPalette.size(); k++) {
            int c = dev.superlevel.render.RunPalette.argb(k);
            if (!taken.contains(c)) {
                return c;
            }
        }
        return preferred;
    }

    public ObservableList<RunViewModel> runs() {
        return runs;
    }

    public ObjectProperty<RunViewModel> selectedProperty() {
        return selected;
    }

    /** Focus on the selected run: every other run is drawn dimmed. */
    public javafx.beans.property.BooleanProperty focusProperty() {
        return focus;
    }

    /** Whether {@code run} is drawn dimmed: focus is on and it is not the selected run. */
    public boolean isDimmed(RunViewModel run) {
        return focus.get() && run != selected.get();
    }

    public ObjectProperty<LossFunction> lyapunovProperty() {
        return lyapunov;
    }

    public ObjectProperty<LossFunction> lossProperty() {
        return loss;
    }
}
