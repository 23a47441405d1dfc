package dev.superlevel.ui;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.concurrent.HeldExecutor;
import dev.superlevel.ui.files.FxFileDialogs;
import dev.superlevel.ui.files.RecentFiles;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application. The first screen shows {@value #FIRST_SAMPLE} with λ where S_λ splits into
 * several components and one run ready to play.
 *
 * <p>Start-up order (issue 11 item 19): {@link #start} shows the window at once with the main window in
 * outline ({@link StartupFrame}: no controls, one light frame). After that frame the real main window
 * (menus, toolbar, map area, playback and status bar; the side columns and the charts area hold
 * placeholders) is built and takes its place. Only after its first frame do the rest follow, each in its
 * own FX event so input stays live between them: the analysis tools (Analysis menu, map layers), the left
 * column (function panel) and the right column (λ, runs, step table, Lyapunov, tuner) are built, the
 * background work the window asked for meanwhile (thumbnails) is let go ({@link HeldExecutor}), the
 * sample is loaded, which starts the first landscape, run and resolution checks in the background, and
 * the charts are built and take their placeholder's place.
 */
public final class SuperlevelApp extends Application {

    /** The sample shown first: its super-level sets split into several components. */
    public static final String FIRST_SAMPLE = "gaussian-bumps";

    /** The executor given by a test, or null: the app makes (and later shuts down) its own. */
    private final BackgroundExecutor givenExecutor;
    private FxBackgroundExecutor ownExecutor;
    private AppViewModel vm;
    private MainWindow window;

    public SuperlevelApp() {
        this(null);
    }

    /** For tests: all background work goes to {@code executor} (e.g. one that holds it until released). */
    SuperlevelApp(BackgroundExecutor executor) {
        this.givenExecutor = executor;
    }

    @Override
    public void start(Stage stage) {
        // never larger than the screen (a headless test screen is 1280 × 800 by default)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StartupFrame(), Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        scene.getStylesheets().setAll(MainWindow.stylesheet(false));
        stage.setTitle("Superlevel — super-level sets of loss landscapes");
        stage.setScene(scene);
        stage.show();
        runAfterFirstFrame(scene, List.of(() -> fillIn(stage, scene)));
    }

    /** Builds the main window in the outline's place, then (after its first frame) the rest, in order. */
    private void fillIn(Stage stage, Scene scene) {
        if (givenExecutor == null) {
            ownExecutor = new FxBackgroundExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()));
        }
        // thumbnails, resolution checks and the rest wait for the first frame: the workers would slow it
        HeldExecutor executor = new HeldExecutor(givenExecutor == null ? ownExecutor : givenExecutor);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        List<Runnable> parts = new ArrayList<>();  // analysis tools, left column, right column; the charts last
        window = new MainWindow(vm, executor, new FxFileDialogs(() -> stage), RecentFiles.forApp(),
                folder -> getHostServices().showDocument(folder.toUri().toString()), parts::add);
        List<Runnable> afterFirstFrame = new ArrayList<>();
        // the analysis tools and side columns first, before the held work is let go (the workers would slow
        // them: side columns 10.3 s instead of 14.8 s after launch at load 11) and before the sample, as the
        // window built them before it (they follow its changes); the sample before the charts: its background
        // work (sampling, the run) overlaps their building
        afterFirstFrame.addAll(parts.subList(0, parts.size() - 1));
        afterFirstFrame.add(executor::release);
        afterFirstFrame.add(() -> vm.loadSample(FIRST_SAMPLE));
        afterFirstFrame.add(parts.get(parts.size() - 1));
        scene.setRoot(window);
        runAfterFirstFrame(scene, afterFirstFrame);
    }

    /**
     * Runs {@code tasks} in order once the pulse that lays out and renders the scene's current content
     * has run, each in its own FX event ({@link Platform#runLater}), so that input and pulses interleave.
     */
    static void runAfterFirstFrame(Scene scene, List<Runnable> tasks) {
        Deque<Runnable> queue = new ArrayDeque<>(tasks);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> runChained(queue));
        };
        scene.addPostLayoutPulseListener(once[0]);
        scene.getRoot().requestLayout();
    }

    private static void runChained(Deque<Runnable> queue) {
        Runnable next = queue.poll();
        if (next != null) {
            next.run();
            if (!queue.isEmpty()) {
                Platform.runLater(() -> runChained(queue));
            }
        }
    }

    /** The main window (for tests and the launch-time benchmark; null until it is built, after the first frame). */
    public MainWindow window() {
        return window;
    }

    /** The window's view-model (for tests and the launch-time benchmark; null until the main window is built). */
    public AppViewModel viewModel() {
        return vm;
    }

    @Override
    public void stop() {
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }
}
