package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

/**
 * Start-up order (issue 11 item 19): the real main window is shown before anything heavy runs. All
 * background work goes to an executor that holds it until released, so the test sees exactly what
 * {@link SuperlevelApp#start} did synchronously: it fails if the start loads the first sample (which
 * submits the sampling and the run), builds the side columns (function list, runs list) or the charts
 * before the window is shown. No timing.
 */
@ExtendWith(ApplicationExtension.class)
class SuperlevelAppStartupTest {

    private final GatedExecutor gate = new GatedExecutor();
    private SuperlevelApp app;
    private Stage stage;
    /** What {@code start} had done when it returned (read on the FX thread right after it). */
    private boolean showingAfterStart;
    private int submittedAfterStart;
    private Object chartsAfterStart;
    private Object sampleAfterStart;
    private boolean functionListAfterStart;
    private boolean runListAfterStart;
    private boolean slotsAfterStart;
    private int analysisItemsAfterStart;
    private boolean surfacePaneAfterStart;
    private boolean progressControlsAfterStart;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SuperlevelApp(gate);
        app.start(stage);
        showingAfterStart = stage.isShowing();
        submittedAfterStart = gate.submitted();
        chartsAfterStart = app.window().chartsView();
        sampleAfterStart = app.viewModel().function().currentProperty().get();
        functionListAfterStart = stage.getScene().lookup("#function-list") != null;
        runListAfterStart = stage.getScene().lookup("#run-list") != null;
        slotsAfterStart = stage.getScene().lookup("#left-slot") != null && stage.getScene().lookup("#right-slot") != null;
        analysisItemsAfterStart = analysisMenu().getItems().size();
        surfacePaneAfterStart = stage.getScene().lookup("#surface-3d") != null;
        progressControlsAfterStart = stage.getScene().lookup(".progress-indicator") != null
                || stage.getScene().lookup(".progress-bar") != null;
    }

    private Menu analysisMenu() {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> "analysis-menu".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void theMainWindowIsShownBeforeTheChartsAndTheFirstLandscape(FxRobot robot) throws Exception {
        assertTrue(showingAfterStart, "the window is shown by start itself");
        assertInstanceOf(MainWindow.class, stage.getScene().getRoot(), "the first window is the main window");
        assertNotNull(stage.getScene().lookup("#landscape-canvas"), "the map area is there from the start");
        assertNotNull(robot.lookup(".menu-bar").queryAs(MenuBar.class), "and the menus");
        assertEquals(0, submittedAfterStart, "no background work is started before the first frame");
        assertNull(sampleAfterStart, "the first sample is loaded after the first frame");
        assertNull(chartsAfterStart, "the charts are built after the first frame");
        assertNotNull(stage.getScene().lookup("#charts-slot"), "a placeholder holds their place");
        assertNotNull(stage.getScene().lookup("#timeline"), "and the playback bar");
        assertTrue(!functionListAfterStart && !runListAfterStart, "the side columns are built after the first frame");
        assertTrue(slotsAfterStart, "placeholders hold the side columns' places");
        assertEquals(0, analysisItemsAfterStart, "the analysis tools are installed after the first frame");
        assertTrue(!surfacePaneAfterStart, "the hidden 3-D view is not built for the first frame");
        assertTrue(!progressControlsAfterStart, "nor the status bar's hidden progress indicator and bar");

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
