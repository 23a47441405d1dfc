package dev.superlevel.ui;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.io.dataset.FunctionDataset;
import dev.superlevel.ui.charts.ChartKind;
import dev.superlevel.ui.charts.ChartsView;
import dev.superlevel.ui.charts.LiveCharts;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.export.ExportDialog;
import dev.superlevel.ui.files.FileCommands;
import dev.superlevel.ui.files.FileDialogs;
import dev.superlevel.ui.files.RecentFiles;
import dev.superlevel.ui.function.DatasetScatter;
import dev.superlevel.ui.function.FunctionPanel;
import dev.superlevel.ui.function.ThumbnailCache;
import dev.superlevel.ui.landscape.LandscapeView;
import dev.superlevel.ui.levelset.LambdaPanel;
import dev.superlevel.ui.lyapunov.LyapunovPanel;
import dev.superlevel.ui.lyapunov.LyapunovViewModel;
import dev.superlevel.ui.playback.PlaybackBar;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsPanel;
import dev.superlevel.ui.surface.SurfaceDialogs;
import dev.superlevel.ui.surface3d.SurfaceActions;
import dev.superlevel.ui.surface3d.SurfaceViewModel;
import dev.superlevel.ui.tuner.TunerPanel;
import dev.superlevel.ui.tuner.TunerViewModel;
import dev.superlevel.ui.window.MainMenus;
import dev.superlevel.ui.window.SessionDrop;
import dev.superlevel.ui.window.Shortcuts;
import dev.superlevel.ui.window.StatusBar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window, a view only: it lays out the menus, toolbar, the three columns, playback and
 * status bar, and binds them to the view-models. File commands live in {@link FileCommands}, menus in
 * {@link MainMenus}, shortcuts in {@link Shortcuts}, drag-and-drop in {@link SessionDrop}; the theme is
 * {@link AppViewModel#darkProperty()}.
 */
public final class MainWindow extends BorderPane {

    /** The left column's width (also the outline's, {@link StartupFrame}). */
    static final double LEFT_WIDTH = 300;
    /** The right column's width (also the outline's). */
    static final double RIGHT_WIDTH = 320;

    private final AppViewModel vm;
    private final LandscapeView landscapeView;
    /** The charts and the export dialog that draws them: built by {@link #buildCharts}, null until then. */
    private ChartsView chartsView;
    private LiveCharts liveCharts;
    private ExportDialog exportDialog;
    private final FileCommands files;
    private final SurfaceViewModel surface3d;

    /**
     * @param dialogs the file choosers and error dialog (native ones in the app, fixed answers in tests)
     * @param recent the "Open recent" list (the user's preferences in the app, a private node in tests)
     * @param openFolder shows a folder in the desktop's file manager ("Open folder" after a save)
     */
    public MainWindow(AppViewModel vm, BackgroundExecutor executor, FileDialogs dialogs, RecentFiles recent,
            Consumer<Path> openFolder) {
        this(vm, executor, dialogs, recent, openFolder, Runnable::run);
    }

    /**
     * As {@link #MainWindow(AppViewModel, BackgroundExecutor, FileDialogs, RecentFiles, Consumer)}, but the
     * analysis tools (the Analysis menu's items with their view-models and map layers), the left column
     * (function panel, view fields, topology), the right column (λ, runs and their editor, step table,
     * Lyapunov, tuner) and the charts (JFreeChart: seconds of class loading and drawing on a slow machine) are
     * built by four tasks handed to {@code later} in that order, the charts last, which the app runs after the
     * window's first frame (issue 11 item 19); until then the Analysis menu is empty, placeholders hold the
     * other places (ids {@code left-slot}, {@code right-slot}, {@code charts-slot}) and {@link #liveCharts()},
     * {@link #chartsView()} are null. Menus and shortcuts act on view-models that exist from the start (export is
     * a no-op until the charts are built), so they work before. {@code Runnable::run} builds them at once.
     */
    public MainWindow(AppViewModel vm, BackgroundExecutor executor, FileDialogs dialogs, RecentFiles recent,
            Consumer<Path> openFolder, Consumer<Runnable> later) {
        this.vm = vm;
        getStyleClass().add("main-window");
        files = new FileCommands(vm, dialogs, recent, executor);
        landscapeView = new LandscapeView(vm.landscape(), vm.levelSet(), vm.runs(), vm.playback());
        landscapeView.showRecordedPaths(vm.paths().paths());  // issue 10
        surface3d = new SurfaceViewModel(vm.function(), vm.landscape(), vm.levelSet(), vm.runs(), vm.playback(), executor);
        StackPane chartsSlot = new StackPane(new Label("charts…"));  // issue 11 item 19: filled by buildCharts
        chartsSlot.setId("charts-slot");
        SplitPane centre = new SplitPane(SurfaceActions.stack(landscapeView, surface3d), chartsSlot);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        MenuBar menuBar = MainMenus.build(vm, files, new MainMenus.Actions(this::export,
                this::exportAnimation, () -> window().hide(),
                () -> SurfaceDialogs.open(window(), vm.surface()),
                List.of(openPathItem(), SurfaceActions.exportMenu(surface3d, () -> vm.session(vm.darkProperty().get()), this::window,
                        executor)),
                List.of(SurfaceActions.viewToggle(surface3d), landscapeView.stretchToFillItem()),
                List.of()));
        setTop(new VBox(menuBar, toolBar()));
        setCenter(centre);
        // issue 11 item 19: the analysis tools (their view-models, map layers and menu items) after the first
        // frame, first of the deferred parts so their map layers keep their place under the topology panel's
        later.accept(() -> analysisMenu(menuBar).getItems().addAll(analysis(executor, dialogs)));
        // issue 11 item 19: the side columns' view-models now (the topology panel's with its map layer comes
        // with the left column, before the first sample), their controls (most of the first frame's CSS and
        // layout work) after the first frame; a placeholder of their width holds each place until then
        DatasetScatter scatter = datasetScatter(executor);
        LyapunovViewModel lyapunov = new LyapunovViewModel(executor, vm.landscape(), vm.runs());
        landscapeView.hatchProperty().bind(lyapunov.failuresProperty());
        TunerViewModel tuner = new TunerViewModel(vm.runs(), vm.playback());
        setLeft(placeholder("left-slot", LEFT_WIDTH));
        setRight(placeholder("right-slot", RIGHT_WIDTH));
        later.accept(() -> setLeft(leftColumn(executor, scatter)));
        later.accept(() -> setRight(rightColumn(lyapunov, tuner)));
        later.accept(() -> buildCharts(chartsSlot, executor, dialogs));
        setBottom(new VBox(new PlaybackBar(vm.playback()),
                new StatusBar(vm, files, openFolder, landscapeView.hoverTextProperty())));
        Shortcuts.install(this, vm, Map.of("3", () -> surface3d.showingProperty().set(  // 3: map ⇄ 3-D view
                !surface3d.showingProperty().get())), landscapeView, chartsSlot);
        SessionDrop.install(this, file -> openDropped(file, dialogs));
        // a surface that cannot be read says so in a dialog, as a session or function file does (the status
        // bar keeps the line, and the last landscape stays)
        vm.surface().errorProperty().addListener((obs, o, message) -> {
            if (!message.isEmpty()) {
                dialogs.error("Could not open the surface", message.replaceFirst("^could not open the surface: ", ""));
            }
        });
        vm.darkProperty().addListener((obs, o, dark) -> applyTheme(dark));
    }

    /**
     * The left column: the function panel (sample list with thumbnails, expression, view fields) and the
     * topology panel, linked to the map by its basin-highlight layer.
     */
    private ScrollPane leftColumn(BackgroundExecutor executor, DatasetScatter scatter) {
        FunctionPanel functionPanel = new FunctionPanel(vm.function(), vm.landscape(), new ThumbnailCache(executor));
        functionPanel.addBelowExpression(scatter);
        functionPanel.showSurfaceInfo(vm.surface().infoProperty());  // issue 10
        return scroll(new VBox(12, functionPanel, dev.superlevel.ui.analysis.TopologyPanel.linkedTo(  // issue 10
                landscapeView, vm.landscape().dataProperty(), vm.levelSet().lambdaProperty(), executor)), LEFT_WIDTH);
    }

    /** The right column: the runs (and their editor) right under λ, what a newcomer edits most; V, tuner below. */
    private ScrollPane rightColumn(LyapunovViewModel lyapunov, TunerViewModel tuner) {
        return scroll(new VBox(new LambdaPanel(vm.levelSet(), vm.landscape().dataProperty()),
                new RunsPanel(vm.runs()),
                dev.superlevel.ui.analysis.StepNumbersTable.following(vm.runs(), vm.playback()),  // issue 14
                new LyapunovPanel(lyapunov), new TunerPanel(tuner)), RIGHT_WIDTH);
    }

    /** An empty region as wide as the column it stands for, so the map keeps its size when the column comes. */
    private static Region placeholder(String id, double width) {
        Region slot = new Region();
        slot.setId(id);
        slot.setPrefWidth(width);
        slot.setMinWidth(width * 0.7);
        return slot;
    }

    /** The live charts below the map, the path-loss chart under them, and the export dialog that draws them. */
    private void buildCharts(StackPane slot, BackgroundExecutor executor, FileDialogs dialogs) {
        liveCharts = new LiveCharts(vm.runs(), vm.playback(), vm.landscape().dataProperty(),
                vm.landscape().fineDiagramProperty());
        if (vm.darkProperty().get()) {
            liveCharts.setDark(true);
        }
        chartsView = new ChartsView(liveCharts);
        exportDialog = new ExportDialog(vm, liveCharts, landscapeView, chartsView, executor, dialogs);
        slot.getChildren().setAll(
                dev.superlevel.ui.surface.PathLossChartView.below(chartsView, vm.paths(), vm.runs().lossProperty()));
    }

    private static Menu analysisMenu(MenuBar menuBar) {
        return menuBar.getMenus().stream().filter(m -> "analysis-menu".equals(m.getId())).findFirst().orElseThrow();
    }

    /**
     * Issue 14's analysis tools: each adds its items to the Analysis menu (and, where it draws on the map, its
     * {@link dev.superlevel.ui.landscape.MapLayer} to {@link #landscapeView}). One line per tool.
     */
    private List<MenuItem> analysis(BackgroundExecutor executor, FileDialogs dialogs) {
        List<MenuItem> items = new ArrayList<>();
        items.addAll(dev.superlevel.ui.analysis.basins.BasinsTool.install(vm, landscapeView, executor));
        items.addAll(dev.superlevel.ui.analysis.internals.InternalsTool.install(vm.runs(), vm.playback(),
                landscapeView, this));  // issue 14: optimizer internals as arrows on the map
        items.addAll(dev.superlevel.ui.analysis.compare.CompareTool.install(vm.landscape().dataProperty(), vm.runs(),
                executor, dialogs, this::window));
        return items;
    }

    /**
     * The data-set scatter plot, shown while a data-set function is selected: the data read in the
     * background, the logistic boundary following the selected run's current step.
     */
    private DatasetScatter datasetScatter(BackgroundExecutor executor) {
        DatasetScatter scatter = new DatasetScatter(270, 200);
        scatter.setVisible(false);
        scatter.setManaged(false);
        LatestRequest reading = new LatestRequest(executor);
        vm.function().datasetProperty().addListener((obs, o, d) -> {
            scatter.setVisible(d != null);
            scatter.setManaged(d != null);
            scatter.setData(null, false, 0);
            if (d == null) {
                reading.cancel();
                return;
            }
            FunctionDataset fd = d.definition().dataset().orElseThrow();
            reading.submit(cancel -> fd.read(), data -> scatter.setData(data, !fd.spec().isMlp(), fd.spec().bias()),
                    error -> scatter.setData(null, false, 0));
        });
        InvalidationListener theta = o -> {
            RunViewModel run = vm.runs().selectedProperty().get();
            Trajectory t = run == null ? null : run.trajectoryProperty().get();
            if (t == null || t.steps().isEmpty()) {
                scatter.setTheta(Double.NaN, Double.NaN);
                return;
            }
            TrajectoryStep step = t.steps().get(Math.min(vm.playback().currentStepProperty().get(),
                    t.steps().size() - 1));
            scatter.setTheta(step.x(), step.y());
        };
        vm.playback().currentStepProperty().addListener(theta);
        vm.runs().selectedProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.trajectoryProperty().removeListener(theta);
            }
            if (n != null) {
                n.trajectoryProperty().addListener(theta);
            }
            theta.invalidated(null);
        });
        if (vm.runs().selectedProperty().get() != null) {
            vm.runs().selectedProperty().get().trajectoryProperty().addListener(theta);
        }
        return scatter;
    }

    private static ScrollPane scroll(Region content, double width) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setPrefWidth(width);
        pane.setMinWidth(width * 0.7);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return pane;
    }

    private ToolBar toolBar() {
        Button open = toolButton("Open…", "Open a function file (Ctrl+O)", files::openFunctionFile);
        Button reset = toolButton("Reset view", "Back to the function's own domain (Ctrl+R)",
                () -> vm.landscape().resetView());
        Button export = toolButton("Export PNG…", "Export the landscape or a chart as PNG (Ctrl+E)", this::export);
        export.setId("export-button");
        return new ToolBar(open, reset, export, SurfaceActions.toolbarToggle(surface3d));
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);  // a mouse target, as in any toolbar (each has a menu item and a shortcut)
        return b;
    }

    /**
     * Opens a session or an exported PNG in the background: the one code path of File ▸ Open session,
     * Open recent and drag-and-drop ({@link FileCommands#openSession(Path)}).
     */
    public void openSessionFile(Path file) {
        files.openSession(file);
    }

    /** File ▸ Open path (issue 10): a loss-landscape projection file or a path CSV. */
    private javafx.scene.control.MenuItem openPathItem() {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Open path (projection .h5, .csv)…");
        item.setOnAction(e -> SurfaceDialogs.openPath(window(), vm.paths()));
        return item;
    }

    /** A dropped session or PNG opens as a session; a surface file as the landscape; a path is added (issue 10). */
    public void openDropped(Path file) {
        openDropped(file, null);
    }

    private void openDropped(Path file, dev.superlevel.ui.files.FileDialogs dialogs) {
        String kind = SurfaceDialogs.dropKind(file);
        if ("surface".equals(kind)) {
            vm.surface().open(file, null);
        } else if ("path".equals(kind)) {
            if (!vm.paths().open(file) && dialogs != null) {
                dialogs.error("Could not open " + file.getFileName(), vm.paths().errorProperty().get());
            }
        } else {
            files.openSession(file);
        }
    }

    /** The file commands (open, save, CSV export) this window forwards to. */
    public FileCommands files() {
        return files;
    }

    private void export() {
        if (exportDialog != null) {  // null only in the moment before the charts are built
            exportDialog.show(window());
        }
    }

    private void exportAnimation() {
        if (exportDialog != null) {
            exportDialog.showAnimation(window());
        }
    }

    /** Follows {@link AppViewModel#darkProperty()}: the stylesheet, the charts and the map. */
    private void applyTheme(boolean dark) {
        surface3d.darkProperty().set(dark);
        getStyleClass().remove("dark");
        if (dark) {
            getStyleClass().add("dark");
        }
        if (getScene() != null) {
            getScene().getStylesheets().setAll(stylesheet(dark));
        }
        if (liveCharts != null) {
            liveCharts.setDark(dark);
        }
        landscapeView.requestLayout();
    }

    /** Switches between the light and the dark theme (the view-model's theme property). */
    public void setDark(boolean dark) {
        vm.darkProperty().set(dark);
    }

    public boolean isDark() {
        return vm.darkProperty().get();
    }

    static String stylesheet(boolean dark) {
        return MainWindow.class.getResource(dark ? "dark.css" : "light.css").toExternalForm();
    }

    private Window window() {
        return getScene().getWindow();
    }

    public LandscapeView landscapeView() {
        return landscapeView;
    }

    public LiveCharts liveCharts() {
        return liveCharts;
    }

    public ChartsView chartsView() {
        return chartsView;
    }

    ChartKind[] chartKinds() {
        return ChartKind.values();
    }
}
