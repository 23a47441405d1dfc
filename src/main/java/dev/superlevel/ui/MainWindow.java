package dev.superlevel.ui;

import dev.superlevel.ui.files.CsvExport;
import dev.superlevel.ui.files.RecentFiles;
import java.nio.file.Path;
import java.util.List;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.io.dataset.FunctionDataset;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.function.DatasetScatter;
import dev.superlevel.ui.runs.RunViewModel;
import javafx.beans.InvalidationListener;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.charts.ChartKind;
import dev.superlevel.ui.charts.ChartsView;
import dev.superlevel.ui.charts.LiveCharts;
import dev.superlevel.ui.export.ExportDialog;
import dev.superlevel.ui.function.FunctionPanel;
import dev.superlevel.ui.function.SampleFunction;
import dev.superlevel.ui.surface.SurfaceDialogs;
import dev.superlevel.ui.function.ThumbnailCache;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.levelset.LambdaPanel;
import dev.superlevel.ui.landscape.LandscapeView;
import dev.superlevel.ui.playback.PlaybackBar;
import dev.superlevel.ui.runs.RunsPanel;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.ui.surface3d.SurfaceActions;
import dev.superlevel.ui.surface3d.SurfaceViewModel;
import java.io.File;
import java.io.IOException;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The main window: menus, toolbar, the three columns, playback and status bar; keyboard shortcuts. */
public final class MainWindow extends BorderPane {

    private final AppViewModel vm;
    private final LandscapeView landscapeView;
    private final ChartsView chartsView;
    private final LiveCharts liveCharts;
    private final ExportDialog exportDialog;
    private File lastFolder;
    private final RecentFiles recent = RecentFiles.forApp();
    private final SurfaceViewModel surface3d;
    private final BackgroundExecutor executor;

    public MainWindow(AppViewModel vm, BackgroundExecutor executor) {
        this.vm = vm;
        getStyleClass().add("main-window");
        landscapeView = new LandscapeView(vm.landscape(), vm.levelSet(), vm.runs(), vm.playback());
        liveCharts = new LiveCharts(vm.runs(), vm.playback(), vm.landscape().dataProperty());
        chartsView = new ChartsView(liveCharts);
        exportDialog = new ExportDialog(vm, liveCharts, landscapeView, chartsView, executor);
        FunctionPanel functionPanel = new FunctionPanel(vm.function(), vm.landscape(), new ThumbnailCache(executor));
        functionPanel.addBelowExpression(datasetScatter(executor));
        functionPanel.showSurfaceInfo(vm.surface().infoProperty());  // issue 10
        landscapeView.showRecordedPaths(vm.paths().paths());  // issue 10
        this.executor = executor;
        surface3d = new SurfaceViewModel(vm.function(), vm.landscape(), vm.levelSet(), vm.runs(), vm.playback(), executor);
        SplitPane centre = new SplitPane(SurfaceActions.stack(landscapeView, surface3d),
                dev.superlevel.ui.surface.PathLossChartView.below(chartsView, vm.paths(), vm.runs().lossProperty()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        setTop(new VBox(menuBar(), toolBar()));
        setLeft(scroll(new VBox(12, functionPanel, new dev.superlevel.ui.analysis.TopologyPanel(  // issue 10
                new dev.superlevel.ui.analysis.TopologyViewModel(vm.landscape().dataProperty(),
                        vm.levelSet().lambdaProperty(), executor))), 300));
        setCenter(centre);
        setRight(scroll(new VBox(new LambdaPanel(vm.levelSet(), vm.landscape().dataProperty()),
                new RunsPanel(vm.runs())), 320));
        setBottom(new VBox(new PlaybackBar(vm.playback()), statusBar()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        enableDrop();
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

    private MenuBar menuBar() {
        MenuItem open = item("Open function file…", "Ctrl+O", this::openFunctionFile);
        MenuItem openSurface = item("Open surface (.h5, .npz, .npy)…", null, () -> SurfaceDialogs.open(window(), vm.surface()));
        MenuItem openPath = item("Open path (projection .h5, .csv)…", null, () -> SurfaceDialogs.openPath(window(), vm.paths()));
        MenuItem export = item("Export PNG…", "Ctrl+E", this::export);
        MenuItem animation = item("Export animation (GIF)…", "Ctrl+G",
                () -> exportDialog.showAnimation(window(), isDark()));
        MenuItem openSession = item("Open session (.json or exported .png)…", "Ctrl+Shift+O", this::openSession);
        MenuItem saveSession = item("Save session…", "Ctrl+S", this::saveSession);
        MenuItem quit = item("Quit", "Ctrl+Q", () -> window().hide());
        Menu file = new Menu("File", null, open, openSurface, openPath, openSession, recentMenu(), saveSession, export, animation,
                csvMenu(), SurfaceActions.exportMenu(surface3d, () -> vm.session(isDark()), this::window, executor),
                quit);
        MenuItem reset = item("Reset view", "Ctrl+R", () -> vm.landscape().resetView());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Ctrl+D"));
        dark.selectedProperty().addListener((obs, o, on) -> setDark(on));
        Menu view = new Menu("View", null, reset, dark, SurfaceActions.viewToggle(surface3d));
        Menu playback = new Menu("Playback", null,
                item("Play / pause\t(Space)", null, vm.playback()::togglePlay),
                item("Step\t(→)", null, vm.playback()::step),
                item("Step back\t(←)", null, vm.playback()::stepBack),
                item("Reset", null, vm.playback()::reset));
        Menu level = new Menu("Level", null,
                item("Next persistence event\t(PageUp or ])", null, vm.levelSet()::nextEvent),
                item("Previous persistence event\t(PageDown or [)", null, vm.levelSet()::previousEvent));
        return new MenuBar(file, view, playback, level);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        Button open = toolButton("Open…", "Open a function file (Ctrl+O)", this::openFunctionFile);
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
        return b;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label hover = new Label();
        hover.setId("hover-readout");
        hover.textProperty().bind(landscapeView.hoverTextProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.landscape().busyProperty());
        ProgressBar export = new ProgressBar();
        export.setPrefWidth(120);
        export.setTooltip(new Tooltip("Export in progress"));
        export.progressProperty().bind(vm.progressProperty());
        export.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        export.managedProperty().bind(export.visibleProperty());
        Button cancelExport = new Button("Cancel");
        cancelExport.setId("cancel-export");
        cancelExport.setTooltip(new Tooltip("Stop the running export; no file is written"));
        cancelExport.visibleProperty().bind(vm.exportingProperty());
        cancelExport.managedProperty().bind(cancelExport.visibleProperty());
        cancelExport.setOnAction(e -> vm.cancelExport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, export, cancelExport, spacer, hover);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        String text = e.getText();
        boolean handled = true;
        if (code == KeyCode.SPACE) {
            vm.playback().togglePlay();
        } else if (code == KeyCode.RIGHT) {
            vm.playback().step();
        } else if (code == KeyCode.LEFT) {
            vm.playback().stepBack();
        } else if (code == KeyCode.PAGE_UP || "]".equals(text)) {
            vm.levelSet().nextEvent();
        } else if (code == KeyCode.PAGE_DOWN || "[".equals(text)) {
            vm.levelSet().previousEvent();
        } else if ("3".equals(text)) {
            surface3d.showingProperty().set(!surface3d.showingProperty().get());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void openFunctionFile() {
        FileChooser chooser = chooser("Open function file",
                new FileChooser.ExtensionFilter("Function files (*.fn)", "*.fn"));
        File file = chooser.showOpenDialog(window());
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        try {
            var definition = FunctionLibrary.load(file.toPath());
            SampleFunction sample = SampleFunction.of(definition);
            if (!definition.isExpression()) {
                // a session stores a data-set function by name: the file's path resolves back to it
                sample = sample.withName(file.getAbsolutePath());
            }
            vm.function().samples().add(sample);
            vm.function().select(sample);
        } catch (RuntimeException ex) {
            error("Could not open " + file.getName(), ex.getMessage());
        }
    }

    private void openSession() {
        FileChooser chooser = chooser("Open session", new FileChooser.ExtensionFilter(
                "Sessions and exported PNGs (*.json, *.png)", "*.json", "*.png"));
        File file = chooser.showOpenDialog(window());
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        openSessionFile(file.toPath());
    }

    /**
     * Opens a session or an exported PNG: the one code path of File ▸ Open session, Open recent and
     * drag-and-drop. An error dialog names the file on failure; success remembers it as recent.
     */
    public void openSessionFile(Path file) {
        String fileName = String.valueOf(file.getFileName());
        try {
            Session session = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                    ? SessionFile.fromPng(file) : SessionFile.load(file);
            if (!vm.applySession(session)) {
                error("Could not open " + fileName, "its function does not compile: "
                        + vm.function().problemProperty().get().message());
                return;
            }
            recent.add(file);
        } catch (IOException | RuntimeException ex) {
            error("Could not open " + fileName, ex.getMessage());
        }
    }

    /** Accepts one dropped .json or .png file and opens it as a session. */
    private void enableDrop() {
        setOnDragOver(e -> {
            if (droppedSession(e.getDragboard()) != null) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            Path file = droppedSession(e.getDragboard());
            e.setDropCompleted(file != null);
            e.consume();
            if (file != null) {
                // after the drop gesture has finished, so an error dialog does not block it
                javafx.application.Platform.runLater(() -> openDropped(file));
            }
        });
    }

    private static Path droppedSession(javafx.scene.input.Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        String name = board.getFiles().get(0).getName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".png") || name.endsWith(".h5") || name.endsWith(".hdf5")
                || name.endsWith(".npz") || name.endsWith(".npy") || name.endsWith(".csv")
                ? board.getFiles().get(0).toPath() : null;
    }

    /** A dropped session or PNG opens as a session; a surface file as the landscape; a path is added (issue 10). */
    public void openDropped(Path file) {
        String kind = SurfaceDialogs.dropKind(file);
        if ("surface".equals(kind)) {
            vm.surface().open(file, null);
        } else if ("path".equals(kind)) {
            if (!vm.paths().open(file)) {
                error("Could not open " + file.getFileName(), vm.paths().errorProperty().get());
            }
        } else {
            openSessionFile(file);
        }
    }

    private Menu recentMenu() {
        Menu menu = new Menu("Open recent");
        menu.setId("open-recent");
        MenuItem placeholder = new MenuItem("(none)");
        placeholder.setDisable(true);
        menu.getItems().add(placeholder);
        menu.setOnShowing(e -> {
            List<Path> files = recent.list();
            menu.getItems().setAll(files.stream().map(f -> item(f.toString(), null, () -> openSessionFile(f)))
                    .toList());
            if (files.isEmpty()) {
                menu.getItems().add(placeholder);
            }
        });
        return menu;
    }

    private Menu csvMenu() {
        return new Menu("Export CSV", null,
                item("Runs (one file, a run column)…", null, () -> exportCsv("superlevel-runs.csv", path ->
                        CsvExport.writeRuns(vm.runs().runs().stream()
                                .filter(r -> r.trajectoryProperty().get() != null)
                                .map(r -> new CsvExport.LabelledRun(r.name(), r.trajectoryProperty().get()))
                                .toList(), path))),
                item("Persistence pairs…", null, () -> exportCsv("superlevel-persistence.csv",
                        path -> CsvExport.writePersistence(diagram(), path))),
                item("Betti-0 curve…", null, () -> exportCsv("superlevel-betti.csv",
                        path -> CsvExport.writeBetti(diagram(), path))));
    }

    private dev.superlevel.core.topology.PersistenceDiagram diagram() throws IOException {
        var data = vm.landscape().dataProperty().get();
        if (data == null) {
            throw new IOException("there is no landscape yet");
        }
        return data.diagram();
    }

    /** Writes a CSV file. */
    private interface CsvWriter {
        void write(Path target) throws IOException;
    }

    private void exportCsv(String initialName, CsvWriter writer) {
        FileChooser chooser = chooser("Export CSV", new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        try {
            writer.write(file.toPath());
        } catch (IOException | RuntimeException ex) {
            error("Could not write " + file.getName(), ex.getMessage());
        }
    }

    private void saveSession() {
        Session session = vm.session(isDark());
        if (session == null) {
            return;
        }
        FileChooser chooser = chooser("Save session", new FileChooser.ExtensionFilter("Session (*.json)", "*.json"));
        chooser.setInitialFileName("superlevel-session.json");
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        try {
            SessionFile.save(session, file.toPath());
        } catch (IOException | RuntimeException ex) {
            error("Could not save " + file.getName(), ex.getMessage());
        }
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private void export() {
        exportDialog.show(window(), isDark());
    }

    /** Switches between the light and the dark theme. */
    public void setDark(boolean dark) {
        surface3d.darkProperty().set(dark);
        getStyleClass().remove("dark");
        if (dark) {
            getStyleClass().add("dark");
        }
        if (getScene() != null) {
            getScene().getStylesheets().setAll(stylesheet(dark));
        }
        liveCharts.setDark(dark);
        landscapeView.requestLayout();
    }

    public boolean isDark() {
        return getStyleClass().contains("dark");
    }

    static String stylesheet(boolean dark) {
        return MainWindow.class.getResource(dark ? "dark.css" : "light.css").toExternalForm();
    }

    static void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.show();
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
