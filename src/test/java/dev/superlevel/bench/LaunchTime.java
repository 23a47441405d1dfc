package dev.superlevel.bench;

import dev.superlevel.ui.SuperlevelApp;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Launch-to-first-window time of the real app ({@code app}) or of a bare JavaFX window ({@code bare}),
 * side by side on the same machine (issue 11 item 19). Prints {@code KIND first-window MILLIS}: the time
 * from the JVM's process start (as the OS reports it) to the end of the first pulse after the first
 * window was shown; for the app also {@code app full-window MILLIS}, when the main window (map, panels,
 * charts) has replaced the placeholder and been laid out; then exits. Run it many times alternately and compare medians; see the README's
 * performance table for the command. Not a test (timings never are).
 */
public final class LaunchTime {

    private static String kind;
    private static volatile boolean reported;

    private LaunchTime() {
    }

    /** A window with one label: what any JavaFX program pays before its first window is up. */
    public static final class BareApp extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("bare")), 1500, 940));
            stage.setTitle("bare");
            stage.show();
        }
    }

    public static void main(String[] args) {
        kind = args.length > 0 ? args[0] : "app";
        Platform.startup(() -> Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shown(w)));
            }
        }));
        Platform.runLater(() -> {
            try {
                Application app = "bare".equals(kind) ? new BareApp() : new SuperlevelApp();
                app.init();
                app.start(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long sinceStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** The app's main window (the landscape canvas) laid out and rendered: the full first screen. */
    private static void waitForMainWindow(Window w) {
        w.getScene().addPostLayoutPulseListener(() -> {
            if (w.getScene().lookup("#landscape-canvas") != null && !fullReported) {
                fullReported = true;
                Platform.runLater(() -> {
                    System.out.println(kind + " full-window " + sinceStart());
                    System.exit(0);
                });
            }
        });
    }

    private static volatile boolean fullReported;

    private static void shown(Window w) {
        // the window is on screen once the pulse that lays out and renders its scene has run
        w.getScene().addPostLayoutPulseListener(() -> Platform.runLater(() -> {
            if (reported) {
                return;
            }
            reported = true;
            System.out.println(kind + " first-window " + sinceStart());
            if ("bare".equals(kind)) {
                System.exit(0);
            }
            waitForMainWindow(w);
        }));
        w.getScene().getRoot().requestLayout();
    }
}
