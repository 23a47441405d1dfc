package dev.superlevel.ui.runs;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * One optimizer run: its settings as {@code RunConfigParser} key/values (so the app, the CLI and
 * sessions share one parser), its colour, and its trajectory, recomputed in the background whenever a
 * setting or the loss changes (latest request wins). An invalid setting shows the parser's message and
 * keeps the last valid trajectory. FX-thread confined.
 */
public final class RunViewModel {

    private final BackgroundExecutor executor;
    private final LatestRequest work;
    private final String name;
    private final int argb;
    private final ObservableMap<String, String> settings = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyObjectWrapper<RunConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final javafx.beans.property.BooleanProperty visible = new javafx.beans.property.SimpleBooleanProperty(
            this, "visible", true);
    /** The settings of the last valid configuration: what a session stores (blank keys stay absent). */
    private Map<String, String> validSettings = Map.of();
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName", "");
    private LossFunction loss;
    /** V of the dV/dt column; null: V = L. */
    private LossFunction lyapunov;
    /** Appended to the description when another run would read the same ("#2"); set by the list. */
    private String suffix = "";

    public RunViewModel(BackgroundExecutor executor, String name, int argb, Map<String, String> initial) {
        this.executor = executor;
        this.work = new LatestRequest(executor);
        this.name = name;
        this.argb = argb;
        settings.putAll(initial);
        settings.addListener((MapChangeListener<String, String>) change -> recompute());
        settings.addListener((MapChangeListener<String, String>) change -> updateDisplayName());
        updateDisplayName();
    }

    /**
     * What the run is, from its settings: the optimizer (Mechanic with its base when not sgd), the
     * schedule when not constant, and the learning rate when set: "adam · lr 0.05", "gd · exp-norm ·
     * lr 0.1", "mechanic(adam)"; a long rate to 4 digits ("lr 3.162e-4"). Blank (default) settings are not named.
     */
    public static String describe(Map<String, String> settings) {
        String optimizer = settings.getOrDefault("optimizer", "gd");
        String base = settings.get("base");
        StringBuilder b = new StringBuilder(optimizer);
        if ("mechanic".equals(optimizer) && base != null && !base.equals("sgd")) {
            b.append('(').append(base).append(')');
        }
        String schedule = settings.get("schedule");
        if (schedule != null && !schedule.equals("constant")) {
            b.append(" · ").append(schedule);
        }
        String lr = settings.get("lr");
        if (lr != null) {
            b.append(" · lr ").append(shortNumber(lr));
        }
        return b.toString();
    }

    /**
     * A number as typed when short; a long one (e.g. a swept rate 0.00031622776601683794 added by the Compare
     * dialog) to 4 significant digits, as the tables and axes write it. Equal names get a suffix anyway.
     */
    private static String shortNumber(String text) {
        if (text.length() <= 8) {
            return text;
        }
        try {
            return dev.superlevel.render.Ticks.format(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private void updateDisplayName() {
        displayName.set(describe(settings) + suffix);
    }

    /** Set by {@link RunsViewModel} so that two runs never read the same: "" or " #2". */
    void setDisplaySuffix(String newSuffix) {
        suffix = newSuffix;
        updateDisplayName();
    }

    /** The run named by what it is ({@link #describe}), unique among the runs of its list. */
    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    public String displayName() {
        return displayName.get();
    }

    /** Uses V (null: V = L) for the dV/dt column from now on. */
    public void setLyapunov(LossFunction v) {
        this.lyapunov = v;
        recompute();
    }

    /** Sets one key; a blank value removes it so the parser's default applies. */
    public void set(String key, String value) {
        if (value == null || value.isBlank()) {
            settings.remove(key);
        } else {
            settings.put(key, value.trim());
        }
    }

    /** The start the run uses: its own, or the configuration's default when the field is blank. */
    public double[] effectiveStart() {
        double[] own = start();
        RunConfig c = config.get();
        return own != null || c == null ? own : new double[] {c.startX(), c.startY()};
    }

    /** The keys the user set in the last valid configuration, in the order set; unset keys are defaults. */
    public Map<String, String> validSettings() {
        return validSettings;
    }

    /** Whether the run is drawn on the map and the charts. */
    public javafx.beans.property.BooleanProperty visibleProperty() {
        return visible;
    }

    /** Moves the start point; the run is recomputed from there. */
    public void setStart(double x, double y) {
        set("start", RunsViewModel.formatPoint(x, y));
    }

    /** The start point from the settings, or null if it is missing or malformed. */
    public double[] start() {
        String s = settings.get("start");
        if (s == null) {
            return null;
        }
        String[] parts = s.split(",");
        try {
            return parts.length == 2 ? new double[] {Double.parseDouble(parts[0].trim()),
                    Double.parseDouble(parts[1].trim())} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Runs on {@code f} from now on. */
    public void setLoss(LossFunction f) {
        this.loss = f;
        recompute();
    }

    /** Validates the settings and, if valid, recomputes the trajectory in the background. */
    public void recompute() {
        RunConfig parsed;
        try {
            parsed = RunConfigParser.parse(Map.copyOf(settings));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        validSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        config.set(parsed);
        LossFunction f = loss;
        if (f == null) {
            return;
        }
        LossFunction v = lyapunov == null ? f : lyapunov;
        work.submit(cancel -> TrajectoryRunner.run(f, v, parsed, cancel), result -> {
            trajectory.set(result);
            status.set(result.statusMessage());
        }, failure -> error.set("run failed: " + failure.getMessage()));
    }

    /** A copy with the same settings under another name and colour. */
    public RunViewModel duplicate(String newName, int newArgb) {
        RunViewModel copy = new RunViewModel(executor, newName, newArgb, settings);
        copy.lyapunov = lyapunov;
        copy.setLoss(loss);
        return copy;
    }

    public String name() {
        return name;
    }

    /** The run's colour, ARGB. */
    public int argb() {
        return argb;
    }

    public ObservableMap<String, String> settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<RunConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name;
    }
}
