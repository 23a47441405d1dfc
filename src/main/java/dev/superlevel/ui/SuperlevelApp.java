package dev.superlevel.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class SuperlevelApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Superlevel");
        stage.setScene(new Scene(new Label("Superlevel"), 800, 600));
        stage.show();
    }
}
