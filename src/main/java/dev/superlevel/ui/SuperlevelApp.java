package dev.superlevel.ui;

import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.landscape.LandscapeView;
import dev.superlevel.ui.landscape.LandscapeViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class SuperlevelApp extends Application {

    private FxBackgroundExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new FxBackgroundExecutor(2);
        LandscapeViewModel landscape = new LandscapeViewModel(executor);
        BorderPane root = new BorderPane(new LandscapeView(landscape));
        stage.setTitle("Superlevel");
        stage.setScene(new Scene(root, 1000, 720));
        stage.show();
        landscape.loadDefault();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
