package dev.superlevel.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's first frame (issue 11 item 19): the main window in outline, in its own places and
 * colours (menu and tool strips, the two side columns, the map and the charts area below it, the
 * playback and status strips) with "Starting Superlevel…" where the map will be. It holds no controls
 * and nothing in it reacts to input; it costs one light frame, so the window is on screen about as
 * soon as a bare JavaFX window is, and {@link SuperlevelApp} puts the real {@link MainWindow} in its
 * place in the next FX event.
 */
final class StartupFrame extends BorderPane {

    /** The message shown where the map will be (id {@code startup-message}). */
    static final String MESSAGE = "Starting Superlevel…";

    StartupFrame() {
        setId("startup-frame");
        setTop(new VBox(strip("menu-bar", 25), strip("tool-bar", 35)));
        setLeft(column(MainWindow.LEFT_WIDTH));
        setRight(column(MainWindow.RIGHT_WIDTH));
        Label message = new Label(MESSAGE);
        message.setId("startup-message");
        StackPane map = new StackPane(message);
        map.getStyleClass().add("landscape-view");
        VBox.setVgrow(map, Priority.ALWAYS);
        Region charts = new Region();
        charts.setPrefHeight(300);  // about the charts' share (0.38) of the centre in a 940-pixel window
        setCenter(new VBox(map, charts));
        Label status = new Label("Starting…");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(3, 8, 3, 8));
        setBottom(new VBox(strip("playback", 34), statusBar));
    }

    /** An empty strip styled as the part it stands for (Modena's or the app's style class). */
    private static Region strip(String styleClass, double height) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setMinHeight(height);
        r.setPrefHeight(height);
        return r;
    }

    private static Region column(double width) {
        Region r = new Region();
        r.setPrefWidth(width);
        r.setMinWidth(width * 0.7);
        return r;
    }
}
