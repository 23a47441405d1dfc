package dev.superlevel.ui;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application. The first screen shows {@value #FIRST_SAMPLE} with λ where S_λ splits into
 * several components and one run ready to play.
 */
public final class SuperlevelApp extends Application {

    /** The sample shown first: its super-level sets split into several components. */
    public static final String FIRST_SAMPLE = "gaussian-bumps";

    private FxBackgroundExecutor executor;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        executor = new FxBackgroundExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()));
        AppViewModel vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        window = new MainWindow(vm, executor);
        // never larger than the screen (a headless test screen is 1280 × 800 by default)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        scene.getStylesheets().setAll(MainWindow.stylesheet(false));
        stage.setTitle("Superlevel — super-level sets of loss landscapes");
        stage.setScene(scene);
        stage.show();
        vm.loadSample(FIRST_SAMPLE);
    }

    /** The window, once started (for tests). */
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
