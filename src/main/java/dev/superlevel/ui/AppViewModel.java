package dev.superlevel.ui;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.io.session.SessionFunction;
import dev.superlevel.io.session.SessionRun;
import dev.superlevel.io.surface.SurfaceReference;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.export.ExportService;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.function.SampleFunction;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.LandscapeViewModel;
import dev.superlevel.ui.levelset.LevelSetAnalysis;
import dev.superlevel.ui.levelset.LevelSetViewModel;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import dev.superlevel.ui.surface.SurfaceViewModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import javafx.collections.ListChangeListener;

/**
 * Wires the feature view-models together: the function panel feeds the landscape and the runs, the
 * landscape feeds the level set, the runs set the playback range, and a sample's suggested λ, mode and
 * start are applied when it is loaded. Also the status line. FX-thread confined.
 */
public final class AppViewModel {

    private final FunctionPanelViewModel function;
    private final LandscapeViewModel landscape;
    private final LevelSetViewModel levelSet;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final SurfaceViewModel surface;
    private final dev.superlevel.ui.surface.RecordedPathsViewModel paths =
            new dev.superlevel.ui.surface.RecordedPathsViewModel();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Progress of a long export in [0, 1], −1 when none is running. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    /** True while a long export (an animation) runs and can be cancelled from the status bar. */
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    /** Set by the user's Cancel; read by the export's background work, hence volatile. */
    private volatile boolean exportCancelRequested;
    /** Builds data-set losses (an MLP trains first); selecting another function supersedes it. */
    private final LatestRequest datasetWork;
    private final BackgroundExecutor executor;
    /** The theme: dark when true; saved with sessions and exports. */
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    /** The file the last export or save wrote, null before the first; re-set for every write. */
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private String datasetStatus = "";
    private double pendingLambda = Double.NaN;
    /** Whether the next landscape sets λ to the median of its samples (a function with no suggestion). */
    private boolean pendingMedian;
    /** The function of the last landscape that arrived (its λ rule tells a new function from a new view). */
    private LossFunction arrivedFunction;
    private int pendingStep = -1;
    /** The grid side last set while no surface was shown: a function gets it back after a surface's own grid. */
    private int functionResolution;

    public AppViewModel(BackgroundExecutor executor, List<SampleFunction> samples, LevelSetAnalysis analysis) {
        function = new FunctionPanelViewModel(samples);
        landscape = new LandscapeViewModel(executor);
        levelSet = new LevelSetViewModel(landscape.dataProperty(), executor, analysis);
        runs = new RunsViewModel(executor);
        this.executor = executor;
        datasetWork = new LatestRequest(executor);
        surface = new SurfaceViewModel(executor, function, landscape, runs);  // issue 10
        surface.errorProperty().addListener(o -> updateStatus());
        functionResolution = landscape.resolutionProperty().get();
        landscape.resolutionProperty().addListener((obs, o, n) -> {
            if (surface.currentProperty().get() == null) {
                functionResolution = n.intValue();
            }
        });
        surface.setOnOwnView(this::surfaceOpened);  // a surface starts at the median of its samples, as render
        paths.errorProperty().addListener(o -> updateStatus());  // issue 10: recorded paths
        function.datasetProperty().addListener((obs, o, d) -> datasetSelected(d));
        function.functionProperty().addListener((obs, o, f) -> {
            landscape.functionProperty().set(f);
            runs.lossProperty().set(f);
        });
        function.domainProperty().addListener((obs, o, d) -> {
            landscape.homeDomainProperty().set(d);
            landscape.viewDomainProperty().set(d);
        });
        function.currentProperty().addListener((obs, o, s) -> sampleLoaded(s));
        function.typedFunctionProperty().addListener((obs, o, f) -> typedFunctionLoaded(f));
        landscape.dataProperty().addListener((obs, o, data) -> landscapeArrived(data));
        landscape.busyProperty().addListener(o -> updateStatus());
        landscape.errorProperty().addListener(o -> updateStatus());
        levelSet.updateMillisProperty().addListener(o -> updateStatus());
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.trajectoryProperty().addListener(x -> updateLastStep()));
            }
            updateLastStep();
        });
    }

    /** Loads the sample {@code name} with one run ready to play from its suggested start. */
    public void loadSample(String name) {
        function.select(name);
    }

    private void sampleLoaded(SampleFunction s) {
        if (s == null) {
            return;
        }
        leaveSurfaceGrid();
        pendingLambda = s.suggestedLambda();
        pendingMedian = Double.isNaN(pendingLambda);
        landscape.modeProperty().set(s.mode());
        landscape.scaleProperty().set(s.logScale() ? ColorScale.LOG : ColorScale.LINEAR);
        functionSwitched(s.domain(), s.start());
    }

    /**
     * The one rule for the runs on every change of function (a sample, a data set, a typed expression, a
     * surface file; issue 11 item 3): each run keeps its start when it lies inside the new {@code domain},
     * the others start at the function's {@code preferred} start (null: the domain's centre), spread so
     * no two runs share a start; with no run yet, one is added there.
     */
    private void functionSwitched(Domain domain, double[] preferred) {
        double[] start = preferred != null ? preferred
                : new double[] {domain.xmin() + domain.width() / 2, domain.ymin() + domain.height() / 2};
        runs.setFunctionStart(domain, start);  // where the Add button puts a new run
        if (runs.runs().isEmpty()) {
            runs.add(start[0], start[1]);
        } else {
            runs.keepStartsInside(domain, start);
        }
    }

    /**
     * A function replaces a surface shown on its own grid (e.g. 101 × 101): the function gets the grid that
     * was chosen before the surface (one of the normal choices; the default unless the user picked another).
     */
    private void leaveSurfaceGrid() {
        if (surface.currentProperty().get() != null) {
            landscape.resolutionProperty().set(functionResolution);
        }
    }

    /** A surface file opened with its own view: its λ is the median, its runs follow {@link #functionSwitched}. */
    private void surfaceOpened() {
        startAtMedian();
        functionSwitched(function.domainProperty().get(), null);
    }

    /**
     * A typed expression became the function: it starts from its own defaults, not the previous
     * sample's (super-level sets, linear colours, λ at the median of its samples, as {@code render}).
     */
    private void typedFunctionLoaded(CompiledExpression f) {
        if (f == null) {
            return;
        }
        leaveSurfaceGrid();
        landscape.modeProperty().set(dev.superlevel.core.topology.SetMode.SUPERLEVEL);
        landscape.scaleProperty().set(ColorScale.LINEAR);
        pendingLambda = Double.NaN;
        pendingMedian = true;
        functionSwitched(function.domainProperty().get(), null);
    }

    /** The next landscape sets λ to the median of its samples (a new function that suggests no level). */
    private void startAtMedian() {
        pendingLambda = Double.NaN;
        pendingMedian = true;
    }

    /**
     * A data-set function was selected (non-null) or the function became an expression again (null):
     * builds the loss in the background with the MLP's training progress in the status bar, or cancels
     * that build and restores the expression.
     */
    private void datasetSelected(SampleFunction d) {
        if (d == null) {
            datasetWork.cancel();
            progress.set(-1);
            datasetStatus = "";
            landscape.functionProperty().set(function.functionProperty().get());
            runs.lossProperty().set(function.functionProperty().get());
            updateStatus();
            return;
        }
        datasetStatus = (d.isMlp() ? "training " : "reading ") + d.name() + "…";
        progress.set(d.isMlp() ? 0 : -1);
        updateStatus();
        datasetWork.submit(cancel -> d.definition().loss((step, total, loss) -> {
            if (step % Math.max(1, total / 100) == 0) {
                executor.publish(() -> trainingProgress(d, step, total, loss, cancel));
            }
        }, cancel), loss -> {
            datasetStatus = "";
            progress.set(-1);
            landscape.functionProperty().set(loss);
            runs.lossProperty().set(loss);
            updateStatus();
        }, error -> {
            datasetStatus = "could not build " + d.name() + ": " + error.getMessage();
            progress.set(-1);
            updateStatus();
        });
    }

    private void trainingProgress(SampleFunction d, int step, int total, double loss, Cancellation cancel) {
        if (cancel.isCancelled()) {
            return; // a late report of a superseded training must not overwrite the status
        }
        progress.set(step / (double) total);
        datasetStatus = String.format(java.util.Locale.ROOT, "training %s: step %d of %d · R(θ) = %.4g",
                d.name(), step, total, loss);
        updateStatus();
    }

    private void landscapeArrived(LandscapeData data) {
        if (data == null) {
            return;
        }
        double lo = data.field().min();
        double hi = data.field().max();
        double lambda = levelSet.lambdaProperty().get();
        if (data.function() != landscape.functionProperty().get()) {
            updateStatus();
            return; // a superseded function's landscape: the new function's λ waits for its own
        }
        boolean newFunction = data.function() != arrivedFunction;  // not a zoom, pan or finer grid
        arrivedFunction = data.function();
        if (!Double.isNaN(pendingLambda)) {
            levelSet.lambdaProperty().set(pendingLambda);
            pendingLambda = Double.NaN;
            pendingMedian = false;
        } else if (pendingMedian) {
            levelSet.lambdaProperty().set(median(data.field().values()));
            pendingMedian = false;
        } else if (newFunction && !(lambda > lo && lambda < hi)) {
            // an edit moved the values away from λ (x + y to x + y + 100): the λ slider's new range pinned λ
            // to an end, where S_λ is everything or a point; the new function's median instead
            levelSet.lambdaProperty().set(median(data.field().values()));
        } else if (!(lambda >= lo && lambda <= hi)) {
            levelSet.lambdaProperty().set(lo + 0.5 * (hi - lo));
        }
        updateStatus();
    }

    /** The median of the finite samples (the mean of the two middle ones for an even count), as {@code render}. */
    static double median(double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        int mid = finite.length / 2;
        return finite.length % 2 == 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
    }

    private void updateLastStep() {
        int last = 0;
        for (RunViewModel r : runs.runs()) {
            Trajectory t = r.trajectoryProperty().get();
            if (t != null) {
                last = Math.max(last, t.steps().size() - 1);
            }
        }
        playback.lastStepProperty().set(last);
        boolean allDone = runs.runs().stream().allMatch(r -> r.trajectoryProperty().get() != null);
        if (pendingStep >= 0 && allDone) {
            playback.seek(pendingStep);
            pendingStep = -1;
        }
    }

    private void updateStatus() {
        LandscapeData data = landscape.dataProperty().get();
        if (!datasetStatus.isEmpty()) {
            status.set(datasetStatus);
        } else if (!surface.errorProperty().get().isEmpty()) {
            status.set(surface.errorProperty().get());
        } else if (!paths.errorProperty().get().isEmpty()) {
            status.set(paths.errorProperty().get());
        } else if (!landscape.errorProperty().get().isEmpty()) {
            status.set(landscape.errorProperty().get());
        } else if (landscape.busyProperty().get()) {
            status.set("computing the landscape…");
        } else if (data != null) {
            String file = surface.infoProperty().get().isEmpty() ? "" : surface.infoProperty().get() + " · ";
            status.set(file + String.format(java.util.Locale.ROOT,
                    "%d×%d samples and persistence in %d ms · last λ update %.1f ms", data.field().nx(),
                    data.field().ny(), data.millis(), levelSet.updateMillisProperty().get()));
        }
    }

    /**
     * The view as a {@link Session}: function and parameters, the region and grid on screen, λ, mode,
     * connectivity, colours, every valid run with its colour, and the current step; null before the
     * first landscape. Exports embed it, so {@code render --session exported.png} redraws the PNG.
     */
    public Session session(boolean dark) {
        LandscapeData data = landscape.dataProperty().get();
        CompiledExpression f = function.functionProperty().get();
        SurfaceReference shown = surface.currentProperty().get();
        if (data == null || (f == null && function.datasetProperty().get() == null && shown == null)) {
            return null;
        }
        SampleFunction sample = function.currentProperty().get();
        SessionFunction sessionFunction;
        if (shown != null) {  // a surface file, by absolute path (or sample stem) and array
            sessionFunction = new SessionFunction(shown.file(), shown.source(), java.util.Map.of());
        } else if (function.datasetProperty().get() != null) {
            // stored by sample name with its formula: SessionScene resolves the name back to the data set
            SampleFunction d = function.datasetProperty().get();
            sessionFunction = new SessionFunction(d.name(), d.formula(), java.util.Map.of());
        } else {
            String name = sample != null && sample.expression().equals(f.source()) ? sample.name() : "expression";
            sessionFunction = new SessionFunction(name, f.source(), f.parameters());
        }
        List<SessionRun> sessionRuns = new ArrayList<>();
        for (RunViewModel r : runs.runs()) {
            if (r.configProperty().get() != null) {
                // the keys the user set, so blank fields stay blank (defaults) when the session is reopened
                sessionRuns.add(new SessionRun(r.validSettings(), r.argb(), r.displayName(),
                        r.visibleProperty().get()));
            }
        }
        GridSpec grid = data.field().spec();
        return new Session(SessionFile.VERSION, SessionFile.appVersion(),
                sessionFunction, grid.domain(), grid.nx(), grid.ny(),
                levelSet.lambdaProperty().get(), data.diagram().mode(), data.diagram().connectivity(), data.scale(),
                Colormap.VIRIDIS, dark ? FigureStyle.DARK : FigureStyle.LIGHT, sessionRuns,
                playback.currentStepProperty().get()).withPaths(paths.files());
    }

    /**
     * Restores a saved view: function and parameters, domain, grid, λ, mode, connectivity, colour
     * scale, the runs with their colours, and the current step (applied once the runs are computed).
     *
     * @return false if the session's expression does not compile any more (nothing else is changed)
     */
    public boolean applySession(Session s) {
        // the picker shows the loaded function: a filter typed earlier would hide it
        function.filterProperty().set("");
        var surfaceReference = SurfaceReference.parse(s.function().name(), s.function().source());
        if (surfaceReference.isPresent()) {  // issue 10: reopen the file; a vanished one is an inline error
            surface.open(surfaceReference.get(), s.domain());
        } else if (!function.load(s.function().name(), s.function().source(), s.function().parameters())) {
            return false;
        }
        paths.restore(s.paths());  // issue 10: a vanished path file is named in the status line
        landscape.resolutionProperty().set(s.nx());
        landscape.modeProperty().set(s.mode());
        landscape.connectivityProperty().set(s.connectivity());
        landscape.scaleProperty().set(s.colorScale());
        function.domainProperty().set(s.domain());
        pendingLambda = s.lambda();
        pendingMedian = false;
        runs.runs().clear();
        runs.selectedProperty().set(null);
        for (SessionRun r : s.runs()) {
            runs.add(r.config(), r.argb(), r.label()).visibleProperty().set(r.visible());
        }
        // only now: with every run present, the step is applied once all of them are computed
        pendingStep = s.currentStep();
        landscape.refresh();
        updateLastStep();
        return true;
    }

    /** Writes the landscape ({@code composite}: with the per-step panels) figure to {@code target}. */
    public void exportFigure(Path target, boolean composite, int width, int height, boolean dark)
            throws IOException {
        exportFigure(target, composite, width, height, 1, dark);
    }

    /** As {@link #exportFigure(Path, boolean, int, int, boolean)}, text and lines {@code scale} times larger. */
    public void exportFigure(Path target, boolean composite, int width, int height, double scale, boolean dark)
            throws IOException {
        Session s = session(dark);
        if (s == null) {
            throw new IOException("there is no landscape to export yet");
        }
        ExportService.exportFigure(s, composite ? FigureKind.COMPOSITE : FigureKind.LANDSCAPE, width, height,
                scale, target, Cancellation.NONE);
    }

    /** The recorded training paths over the landscape (issue 10). */
    public dev.superlevel.ui.surface.RecordedPathsViewModel paths() {
        return paths;
    }

    /** The surface file shown instead of a function, if any (issue 10). */
    public SurfaceViewModel surface() {
        return surface;
    }

    public FunctionPanelViewModel function() {
        return function;
    }

    public LandscapeViewModel landscape() {
        return landscape;
    }

    public LevelSetViewModel levelSet() {
        return levelSet;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    /** The theme: true for dark. Sessions and exports record it. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Records that {@code file} was written (an export or a save): the view shows "Saved to …". */
    public void saved(Path file) {
        saved.set(null); // the same file again is news again
        saved.set(file.toAbsolutePath().normalize());
    }

    /** The file written last, null before the first export or save. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Reports the progress of a long export (fraction in [0, 1]; −1: finished). */
    public void reportProgress(double fraction) {
        progress.set(fraction);
    }

    /**
     * Starts a long, cancellable export: shows its progress bar and Cancel button, and returns the token
     * the background work checks (once per frame).
     */
    public Cancellation beginExport() {
        exportCancelRequested = false;
        exporting.set(true);
        progress.set(0);
        return () -> exportCancelRequested;
    }

    /** The user's Cancel: the running export stops at its next frame and leaves no file behind. */
    public void cancelExport() {
        exportCancelRequested = true;
    }

    /** Ends the long export (finished, cancelled or failed); {@code outcome}, if any, goes to the status line. */
    public void endExport(String outcome) {
        exporting.set(false);
        progress.set(-1);
        if (outcome != null) {
            status.set(outcome);
        }
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
