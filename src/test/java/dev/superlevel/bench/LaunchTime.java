package dev.superlevel.bench;

import dev.superlevel.app.ClassPreloader;
import dev.superlevel.ui.SuperlevelApp;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * Launch times of the real app ({@code app}) and of a bare JavaFX window ({@code bare}), side by side on
 * the same machine (issue 11 item 19). Each marker is the time from the JVM's process start (as the OS
 * reports it) to the end of the CSS and layout pass of the first pulse in which it holds (the frame is
 * rendered right after):
 * <ul>
 *   <li>{@code first-window}: the first window is shown (both kinds; the bare one then exits): for the app,
 *   the window with the main window in outline ({@code StartupFrame}, "Starting Superlevel…");</li>
 *   <li>{@code main-window}: the app's main window (menus, toolbar, map area, playback and status bar) has
 *   taken the outline's place;</li>
 *   <li>{@code side-panels}: the left and right columns (function list, runs list and the rest) are built and laid out;</li>
 *   <li>{@code charts}: the live charts have been built and laid out;</li>
 *   <li>{@code landscape}: the first landscape has arrived and been drawn.</li>
 * </ul>
 * Prints {@code KIND MARKER MILLIS CPU_MILLIS} lines, the last the CPU time the process has used by then
 * (all its threads; steadier than wall time on a loaded machine), then exits. With
 * {@code -Dlaunchtime.fxcpu=true} each line ends with a fifth number, the CPU time of the FX thread alone
 * by then (the steadiest measure of the work on the first frame's path; off by default, as reading it
 * loads the management classes after the first marker). The app is started as
 * {@code Main} starts it, with the {@link ClassPreloader} unless {@code -Dsuperlevel.preload=false} switches it
 * off. With {@code -Dlaunchtime.phases=true} it also prints, before the markers, when the launch got to
 * {@code main}, to the toolkit's start ({@code toolkit}) and out of {@code Application.start} ({@code started}).
 * Run it many times alternately and compare medians; see the README's performance table for the
 * command. Not a test (timings never are).
 */
public final class LaunchTime {

    private static final Set<String> REPORTED = new LinkedHashSet<>();
    private static String kind;
    private static SuperlevelApp app;

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
        phase("main");
        if (!"bare".equals(kind)) {
            ClassPreloader.start();
        }
        Platform.startup(() -> Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shown(w)));
            }
        }));
        Platform.runLater(() -> {
            phase("toolkit");
            try {
                Application application = "bare".equals(kind) ? new BareApp() : (app = new SuperlevelApp());
                application.init();
                application.start(new Stage());
                phase("started");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** With {@code -Dlaunchtime.phases=true}: when the launch got to {@code name} (before the markers). */
    private static void phase(String name) {
        if (Boolean.getBoolean("launchtime.phases")) {
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
            System.out.println(kind + " phase-" + name + " " + sinceStart() + " " + cpu);
        }
    }

    private static long sinceStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static void shown(Window w) {
        Scene scene = w.getScene();
        scene.addPostLayoutPulseListener(() -> {
            report("first-window", true);
            if ("bare".equals(kind)) {
                System.exit(0);
            }
            report("main-window", scene.lookup("#landscape-canvas") != null);
            report("side-panels", scene.lookup("#function-list") != null && scene.lookup("#run-list") != null);
            report("charts", scene.lookup("#chart-loss") != null);
            report("landscape", app.viewModel() != null
                    && app.viewModel().landscape().dataProperty().get() != null);
            if (REPORTED.size() == 5) {
                System.exit(0);
            }
        });
        // a pulse follows every change on screen (the charts swapped in, the landscape drawn); this asks for the first
        scene.getRoot().requestLayout();
    }

    private static void report(String marker, boolean holds) {
        if (holds && REPORTED.add(marker)) {
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
            long wall = sinceStart();
            String fx = Boolean.getBoolean("launchtime.fxcpu")
                    ? " " + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000
                    : "";
            System.out.println(kind + " " + marker + " " + wall + " " + cpu + fx);
        }
    }
}
