package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

/**
 * Start-up order (issue 11 item 19): the window is shown at once with the main window in outline, the
 * real main window takes its place after that frame, and anything heavy runs only after the main
 * window's own first frame. All background work goes to an executor that holds it until released, so
 * the test sees exactly what {@link SuperlevelApp#start} did synchronously and what the main window held
 * when it came: it fails if the start builds the main window, or if the main window comes with the first
 * sample loaded (which submits the sampling and the run), the side columns (function list, runs list) or
 * the charts. No timing.
 */
@ExtendWith(ApplicationExtension.class)
class SuperlevelAppStartupTest {

    private final GatedExecutor gate = new GatedExecutor();
    private SuperlevelApp app;
    private Stage stage;
    /** What {@code start} had done when it returned (read on the FX thread right after it). */
    private boolean showingAfterStart;
    private Parent rootAfterStart;
    private int submittedAfterStart;
    private Object viewModelAfterStart;
    /** What the main window held when it replaced the outline. */
    private int submittedAtMainWindow = -1;
    private Object chartsAtMainWindow;
    private Object sampleAtMainWindow;
    private boolean functionListAtMainWindow;
    private boolean runListAtMainWindow;
    private boolean slotsAtMainWindow;
    private int analysisItemsAtMainWindow = -1;
    private boolean surfacePaneAtMainWindow;
    private boolean progressControlsAtMainWindow;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SuperlevelApp(gate);
        app.start(stage);
        showingAfterStart = stage.isShowing();
        rootAfterStart = stage.getScene().getRoot();
        submittedAfterStart = gate.submitted();
        viewModelAfterStart = app.viewModel();
        // what the main window's first frame holds: read when it takes the outline's place (its constructor has
        // run, nothing deferred has)
        stage.getScene().rootProperty().addListener((obs, o, root) -> {
            if (root instanceof MainWindow) {
                submittedAtMainWindow = gate.submitted();
                chartsAtMainWindow = app.window().chartsView();
                sampleAtMainWindow = app.viewModel().function().currentProperty().get();
                functionListAtMainWindow = stage.getScene().lookup("#function-list") != null;
                runListAtMainWindow = stage.getScene().lookup("#run-list") != null;
                slotsAtMainWindow = stage.getScene().lookup("#left-slot") != null
                        && stage.getScene().lookup("#right-slot") != null;
                analysisItemsAtMainWindow = analysisMenu().getItems().size();
                surfacePaneAtMainWindow = stage.getScene().lookup("#surface-3d") != null;
                progressControlsAtMainWindow = stage.getScene().lookup(".progress-indicator") != null
                        || stage.getScene().lookup(".progress-bar") != null;
            }
        });
    }

    private Menu analysisMenu() {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> "analysis-menu".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void theWindowIsShownInOutlineThenTheMainWindowThenTheChartsAndTheFirstLandscape(FxRobot robot) throws Exception {
        assertTrue(showingAfterStart, "the window is shown by start itself");
        assertInstanceOf(StartupFrame.class, rootAfterStart, "its first frame is the main window in outline");
        assertNotNull(rootAfterStart.lookup("#startup-message"), "saying the app is starting");
        assertEquals(0, submittedAfterStart, "no background work is started before the first frame");
        assertNull(viewModelAfterStart, "the main window and its view-models are built after the first frame");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getScene().getRoot() instanceof MainWindow);
        assertSame(app.window(), stage.getScene().getRoot(), "the main window takes the outline's place");
        assertNotNull(stage.getScene().lookup("#landscape-canvas"), "with the map area");
        assertNotNull(robot.lookup(".menu-bar").queryAs(MenuBar.class), "and the menus");
        assertNotNull(stage.getScene().lookup("#timeline"), "and the playback bar");
        assertNotNull(stage.getScene().lookup("#charts-slot"), "a placeholder holds the charts' place");
        assertEquals(0, submittedAtMainWindow, "no background work is started before its first frame");
        assertNull(sampleAtMainWindow, "the first sample is loaded after the main window's first frame");
        assertNull(chartsAtMainWindow, "the charts are built after it");
        assertTrue(!functionListAtMainWindow && !runListAtMainWindow, "the side columns are built after it");
        assertTrue(slotsAtMainWindow, "placeholders hold the side columns' places");
        assertEquals(0, analysisItemsAtMainWindow, "the analysis tools are installed after it");
        assertTrue(!surfacePaneAtMainWindow, "the hidden 3-D view is not built for it");
        assertTrue(!progressControlsAtMainWindow, "nor the status bar's hidden progress indicator and bar");

        // after the first frame: the sample is loaded (its work submitted, still held) and the charts come in
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getScene().lookup("#chart-loss") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SuperlevelApp.FIRST_SAMPLE, app.viewModel().function().currentProperty().get().name());
        assertTrue(gate.submitted() > 0, "the sampling and the run are submitted");
        assertNull(app.viewModel().landscape().dataProperty().get(), "the charts did not wait for the landscape");
        assertNotNull(app.window().liveCharts());
        assertNotNull(stage.getScene().lookup("#function-list"), "the left column is in place");
        assertNotNull(stage.getScene().lookup("#run-list"), "the right column is in place");
        assertNull(stage.getScene().lookup("#left-slot"));
        assertNull(stage.getScene().lookup("#right-slot"));
        assertTrue(analysisMenu().getItems().stream().anyMatch(i -> "basins-toggle".equals(i.getId())),
                "the Analysis menu has its tools");
        assertNull(stage.getScene().lookup("#surface-3d"), "the 3-D view waits until it is first shown");

        gate.open();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> app.viewModel().landscape().dataProperty().get() != null);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.viewModel().runs().runs().isEmpty()
                && app.viewModel().runs().runs().get(0).trajectoryProperty().get() != null);
    }

    /**
     * Holds every submission until {@link #open()}, then runs them (and later ones) on two daemon worker
     * threads; counts the submissions.
     */
    static final class GatedExecutor implements BackgroundExecutor {

        private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "gated-worker");
            t.setDaemon(true);
            return t;
        });
        private final List<Runnable> held = new ArrayList<>();
        private boolean open;
        private int submitted;

        @Override
        public synchronized <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            submitted++;
            Runnable task = () -> {
                try {
                    T result = work.apply(Cancellation.NONE);
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (CancelledException e) {
                    // superseded
                } catch (RuntimeException | Error e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            };
            if (open) {
                pool.execute(task);
            } else {
                held.add(task);
            }
        }

        @Override
        public void publish(Runnable action) {
            if (Platform.isFxApplicationThread()) {
                action.run();
            } else {
                Platform.runLater(action);
            }
        }

        synchronized int submitted() {
            return submitted;
        }

        synchronized void open() {
            open = true;
            held.forEach(pool::execute);
            held.clear();
        }
    }
}
