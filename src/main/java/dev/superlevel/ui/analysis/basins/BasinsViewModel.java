package dev.superlevel.ui.analysis.basins;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinRunner;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The Basins layer's state (issue 14): while {@link #enabledProperty() enabled}, the basins of attraction of
 * the selected run's configuration on an M×M lattice over the shown landscape's domain ({@link BasinRunner},
 * the same runs as the CLI's {@code basins}), and optionally of a second run's configuration to compare with.
 * Basin ids come from one sub-level merge tree of the landscape's sampled field (contour connectivity, no
 * persistence threshold, as the topology panel and {@code basins}' defaults), so both maps name a basin alike.
 *
 * <p>Computed in the background (latest request wins) whenever the selected run's configuration (its start
 * aside: every start of the lattice replaces it), the compared run's, the landscape (function or view) or M
 * changes. While computing, the previous maps stay and {@link #computingProperty()} says they are stale;
 * {@link #cancel()} stops the work and keeps them. FX-thread confined; the work itself runs on the
 * executor and reports progress at most once per percent.
 */
public final class BasinsViewModel {

    /** What the layer is doing. */
    public enum State {
        /** The layer is switched off. */
        OFF,
        /** Runs are being computed; the previous maps (if any) stay visible, dimmed. */
        COMPUTING,
        /** The maps belong to the current inputs. */
        SHOWN,
        /** The user cancelled the computation; the previous maps stay. */
        CANCELLED,
        /** The computation failed; see {@link #messageProperty()}. */
        FAILED
    }

    /** One computation's result: the selected run's map and the compared run's (null when not comparing). */
    public record Result(BasinMap map, BasinMap compare, String runName, String compareName, long millis) {
    }

    /** The smallest and largest lattice side offered, and the default. */
    public static final int MIN_SIDE = 16;
    public static final int MAX_SIDE = 256;
    public static final int DEFAULT_SIDE = 64;
    /** ‖∇L‖ at the end below which a run counts as converged: the CLI's {@code --tolerance} default. */
    public static final double GRADIENT_TOLERANCE = 1e-3;

    private final ObservableValue<LandscapeData> data;
    private final RunsViewModel runs;
    private final BackgroundExecutor executor;
    private final int threads;
    private final LatestRequest work;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final IntegerProperty side = new SimpleIntegerProperty(this, "side", DEFAULT_SIDE);
    private final ObjectProperty<RunViewModel> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFF);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final InvalidationListener inputChanged = o -> update();
    /** The inputs of the newest request, so that an unrelated change (a start moved) starts nothing. */
    private Request requested;
    private RunViewModel watchedSelected;
    private RunViewModel watchedCompare;
    /** The merge tree of the last field, reused while only the runs change. */
    private volatile TreeCache treeCache;

    /**
     * @param data     the shown landscape (function, sampled field over the view)
     * @param runs     the runs; the selected one is the layer's
     * @param executor runs the work in the background and publishes results
     * @param threads  worker threads for the runs of one computation, ≥ 1
     */
    public BasinsViewModel(ObservableValue<LandscapeData> data, RunsViewModel runs, BackgroundExecutor executor,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        this.data = data;
        this.runs = runs;
        this.executor = executor;
        this.threads = threads;
        this.work = new LatestRequest(executor);
        data.addListener(inputChanged);
        side.addListener(inputChanged);
        enabled.addListener(inputChanged);
        runs.selectedProperty().addListener((ChangeListener<RunViewModel>) (obs, o, n) -> update());
        compareWith.addListener(inputChanged);
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> {
            if (!runs.runs().contains(compareWith.get())) {
                compareWith.set(null);
            }
        });
    }

    /** The configuration a map depends on: the run's, its start fixed (each lattice start replaces it). */
    static RunConfig withoutStart(RunConfig config) {
        return config == null ? null : config.withStart(0, 0);
    }

    /** The inputs of one computation; equal inputs give equal maps. */
    private record Request(SampledField field, RunConfig config, RunConfig compare, int side) {
    }

    private void update() {
        watch();
        RunViewModel selected = runs.selectedProperty().get();
        LandscapeData d = data.getValue();
        if (!enabled.get()) {
            work.cancel();
            requested = null;
            result.set(null);
            progress.set(0);
            state.set(State.OFF);
            return;
        }
        if (selected == null || selected.configProperty().get() == null || d == null) {
            return;
        }
        RunViewModel other = compareWith.get();
        Request r = new Request(d.field(), withoutStart(selected.configProperty().get()),
                other == null ? null : withoutStart(other.configProperty().get()), clampedSide());
        if (r.equals(requested)) {
            return;
        }
        requested = r;
        submit(r, d, selected.displayName(), other == null ? null : other.displayName());
    }

    /** Follows the configuration of the selected and the compared run. */
    private void watch() {
        RunViewModel selected = runs.selectedProperty().get();
        if (selected != watchedSelected) {
            if (watchedSelected != null) {
                watchedSelected.configProperty().removeListener(inputChanged);
            }
            watchedSelected = selected;
            if (selected != null) {
                selected.configProperty().addListener(inputChanged);
            }
        }
        RunViewModel other = compareWith.get();
        if (other != watchedCompare) {
            if (watchedCompare != null) {
                watchedCompare.configProperty().removeListener(inputChanged);
            }
            watchedCompare = other;
            if (other != null) {
                other.configProperty().addListener(inputChanged);
            }
        }
    }

    private int clampedSide() {
        return Math.max(MIN_SIDE, Math.min(MAX_SIDE, side.get()));
    }

    private void submit(Request r, LandscapeData d, String runName, String compareName) {
        state.set(State.COMPUTING);
        progress.set(0);
        message.set("");
        Lattice lattice = new Lattice(r.field().spec().domain(), r.side());
        int total = lattice.size() * (r.compare() == null ? 1 : 2);
        work.submit(cancel -> {
            long t0 = System.nanoTime();
            MergeTree tree = tree(r.field(), cancel);
            AtomicInteger lastPercent = new AtomicInteger();
            BasinMap map = BasinRunner.run(d.function(), r.config(), lattice, tree, GRADIENT_TOLERANCE, threads,
                    cancel, done -> report(done, total, lastPercent, cancel));
            BasinMap compare = r.compare() == null ? null : BasinRunner.run(d.function(), r.compare(), lattice,
                    tree, GRADIENT_TOLERANCE, threads, cancel,
                    done -> report(lattice.size() + done, total, lastPercent, cancel));
            return new Result(map, compare, runName, compareName, (System.nanoTime() - t0) / 1_000_000);
        }, done -> {
            result.set(done);
            progress.set(1);
            state.set(State.SHOWN);
        }, failure -> {
            requested = null;
            progress.set(0);
            message.set("basins failed: " + failure.getMessage());
            state.set(State.FAILED);
        });
    }

    /** Publishes the progress when it reaches a new whole percent (so at most 100 times per computation). */
    private void report(int done, int total, AtomicInteger lastPercent, Cancellation cancel) {
        int percent = (int) (100L * done / total);
        if (percent > lastPercent.getAndAccumulate(percent, Math::max)) {
            executor.publish(() -> {
                if (!cancel.isCancelled()) {
                    progress.set(percent / 100.0);
                }
            });
        }
    }

    private MergeTree tree(SampledField field, Cancellation cancel) {
        TreeCache cached = treeCache;
        if (cached != null && cached.field() == field) {
            return cached.tree();
        }
        MergeTree tree = MergeTree.sublevel(field, Connectivity.CONTOUR, 0, cancel);
        treeCache = new TreeCache(field, tree);
        return tree;
    }

    private record TreeCache(SampledField field, MergeTree tree) {
    }

    /** Stops the computation under way; the maps shown before stay and the state becomes cancelled. */
    public void cancel() {
        if (state.get() != State.COMPUTING) {
            return;
        }
        work.cancel();
        requested = null;  // the same inputs may be asked for again
        progress.set(0);
        state.set(State.CANCELLED);
    }

    /** Switches the layer off and forgets the compared run. */
    public void clear() {
        compareWith.set(null);
        enabled.set(false);
    }

    /**
     * The settings of a run with the layer's configuration that starts at lattice point k, that is the
     * selected run's settings with the start replaced by the point's exact coordinates (so the new run is
     * exactly the run the cell shows); null when no map is shown.
     */
    public Map<String, String> runSettingsAt(int k) {
        Result r = result.get();
        RunViewModel selected = runs.selectedProperty().get();
        if (r == null || selected == null) {
            return null;
        }
        Map<String, String> settings = new LinkedHashMap<>(selected.validSettings());
        Lattice lattice = r.map().lattice();
        settings.put("start", lattice.x(k) + "," + lattice.y(k));
        return settings;
    }

    /** Adds and selects the run of {@link #runSettingsAt(int)}; returns false when no map is shown. */
    public boolean addRunAt(int k) {
        Map<String, String> settings = runSettingsAt(k);
        if (settings == null) {
            return false;
        }
        runs.add(settings);
        return true;
    }

    /** The start of the shown lattice whose cell holds domain point (x, y) ({@link BasinCells#startAt}), or −1. */
    public int startAt(double x, double y) {
        Result r = result.get();
        return r == null ? -1 : BasinCells.startAt(r.map().lattice(), x, y);
    }

    /** The starts whose destination basin differs between the two maps (empty when not comparing). */
    public int[] changedStarts() {
        Result r = result.get();
        return r == null || r.compare() == null ? new int[0] : r.map().changedStarts(r.compare());
    }

    /** The layer's switch: Analysis ▸ Basins of the selected run. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** M, the lattice side (clamped to {@value #MIN_SIDE}..{@value #MAX_SIDE}). */
    public IntegerProperty sideProperty() {
        return side;
    }

    /** The run whose configuration is compared with the selected run's; null for none. */
    public ObjectProperty<RunViewModel> compareWithProperty() {
        return compareWith;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether a computation is under way (the shown maps are then stale). */
    public boolean isComputing() {
        return state.get() == State.COMPUTING;
    }

    /** Fraction of the runs done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The maps shown (the last finished computation's), or null. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** An error from the last computation, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The runs (for the "compare with" choice). */
    public RunsViewModel runs() {
        return runs;
    }
}
