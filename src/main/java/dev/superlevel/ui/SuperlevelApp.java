package dev.superlevel.ui;

import dev.superlevel.io.FunctionLibrary;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
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
        AppViewModel vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()));
        window = new MainWindow(vm, executor);
        Scene scene = new Scene(window, 1500, 940);
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
