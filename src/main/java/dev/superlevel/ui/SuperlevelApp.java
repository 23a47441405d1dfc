package dev.superlevel.ui;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.FxFileDialogs;
import dev.superlevel.ui.files.RecentFiles;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application. The first screen shows {@value #FIRST_SAMPLE} with λ where S_λ splits into
 * several components and one run ready to play.
 *
 * <p>Start-up order (issue 11 item 19): the window comes up first with a one-line placeholder; once
 * that frame is on screen, the main window is built (charts, panels: seconds of class loading and CSS on
 * a slow machine) and swapped in, and only then are the first landscape, run, thumbnails and resolution
 * checks started, all in the background.
 */
public final class SuperlevelApp extends Application {

    /** The sample shown first: its super-level sets split into several components. */
    public static final String FIRST_SAMPLE = "gaussian-bumps";

    private FxBackgroundExecutor executor;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // never larger than the screen (a headless test screen is 1280 × 800 by default)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Label loading = new Label("Loading Superlevel…");
        loading.setId("loading");
        Scene scene = new Scene(new StackPane(loading), Math.min(1500, screen.getWidth()),
                Math.min(940, screen.getHeight()));
        // the stylesheet by name, not through MainWindow: nothing of the main window is loaded before the first frame
        scene.getStylesheets().setAll(SuperlevelApp.class.getResource("light.css").toExternalForm());
        stage.setTitle("Superlevel — super-level sets of loss landscapes");
        stage.setScene(scene);
        stage.show();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // after this pulse has rendered the placeholder
            Platform.runLater(() -> build(stage, scene));
        };
        scene.addPostLayoutPulseListener(once[0]);
        scene.getRoot().requestLayout();
    }

    private void build(Stage stage, Scene scene) {
        executor = new FxBackgroundExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()));
        AppViewModel vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        window = new MainWindow(vm, executor, new FxFileDialogs(() -> stage), RecentFiles.forApp(),
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        scene.setRoot(window);
        vm.loadSample(FIRST_SAMPLE);
    }

    /** The window, once built (for tests; null while the placeholder shows). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
