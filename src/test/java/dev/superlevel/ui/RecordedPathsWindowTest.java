package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.render.PathLossSeries;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.surface.PathLossChartView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Issue 10 in the window: a dropped surface file shows its facts in the function panel, a dropped path CSV is
 * drawn on the map and charted (L on the surface beside its own loss), and sessions keep the paths. Surface
 * values are those of {@code src/test/resources/surfaces/make_fixtures.py}: L = 1 + x² + 0.5·y + 0.25·x·y on
 * x = -1…1 (5), y = -0.5…1 (4), the sample at (0.5, 0.5) undefined.
 */
@ExtendWith(ApplicationExtension.class)
class RecordedPathsWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        window = new MainWindow(vm, executor, new dev.superlevel.ui.files.RecordingDialogs(),
                dev.superlevel.ui.files.MemoryPreferences.recentFiles(), folder -> { });
        Scene scene = new Scene(window, 1260, 780);
        scene.getStylesheets().setAll(MainWindow.stylesheet(false));
        stage.setScene(scene);
        stage.show();
        vm.landscape().resolutionProperty().set(64);
        vm.loadSample("gaussian-bumps");
    }

    @BeforeEach
    void waitForFirstLandscape() throws Exception {
        waitUntil(() -> vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(RecordedPathsWindowTest.class.getResource("/surfaces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openSurface(FxRobot robot) throws Exception {
        robot.interact(() -> window.openDropped(fixture("landscape.h5")));
        waitUntil(() -> vm.surface().currentProperty().get() != null && !vm.landscape().busyProperty().get()
                && vm.landscape().dataProperty().get().function() instanceof dev.superlevel.core.surface.SurfaceInterpolant);
    }

    @Test
    void aDroppedSurfaceShowsItsFileSizeAndRangesInPlaceOfTheExpression(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#expression-field").query().isVisible());
        openSurface(robot);
        Label info = robot.lookup("#surface-info").queryAs(Label.class);
        assertTrue(info.isVisible());
        assertTrue(info.getText().startsWith("landscape.h5\ntrain_loss of 4 arrays\n5×4\n"), info.getText());
        assertTrue(info.getText().endsWith("\nx -1.0…1.0\ny -0.5…1.0"), info.getText());
        assertFalse(robot.lookup("#expression-field").query().isVisible(), "the previous function's field is hidden");
    }

    @Test
    void aDroppedPathIsDrawnChartedAndKeptInTheSession(FxRobot robot, @TempDir Path dir) throws Exception {
        openSurface(robot);
        Node chart = robot.lookup("#path-loss-chart").query();
        assertFalse(chart.isVisible(), "no paths, no path chart");
        int[] before = WindowFixture.overlayPixels(robot);
        // grid nodes, so the interpolant gives the stored samples exactly; (0.5, 0.5) is undefined
        Path csv = Files.writeString(dir.resolve("run.csv"), "x,y,step,loss\n0,0,0,3\n-0.5,0.5,5,2.5\n"
                + "0.5,0.5,10,2\n-1,1,15,1.5\n");
        robot.interact(() -> window.openDropped(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.paths().paths().size());
        assertFalse(Arrays.equals(before, WindowFixture.overlayPixels(robot)), "the path is drawn on the map");
        assertTrue(chart.isVisible());
        PathLossSeries shown = ((PathLossChartView) chart).shown().get(0);
        assertEquals(List.of(1.0, 1.4375, Double.NaN, 2.25), Arrays.stream(shown.surfaceLoss()).boxed().toList());
        assertEquals(List.of(3.0, 2.5, 2.0, 1.5), Arrays.stream(shown.recordedLoss()).boxed().toList());

        Session[] held = new Session[1];
        robot.interact(() -> held[0] = vm.session(false));
        Session session = held[0];
        assertEquals(List.of(csv.toAbsolutePath().normalize().toString()), session.paths());

        // the session reopens with its path; a vanished file is named in the status line
        robot.interact(() -> vm.paths().clear());
        robot.interact(() -> vm.applySession(session));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.paths().paths().size());
        Files.delete(csv);
        robot.interact(() -> vm.applySession(session));
        waitUntil(() -> !vm.landscape().busyProperty().get());
        assertEquals(0, vm.paths().paths().size());
        assertTrue(vm.statusProperty().get().contains(csv.toAbsolutePath().normalize().toString()),
                vm.statusProperty().get());
    }

    @Test
    void aDroppedProjectionFileIsAPathNotASurface(FxRobot robot) throws Exception {
        openSurface(robot);
        robot.interact(() -> window.openDropped(fixture("projection.h5")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.paths().paths().size());
        assertEquals(5, vm.paths().paths().get(0).size());
        assertTrue(vm.surface().currentProperty().get().file().endsWith("landscape.h5"), "the surface stays");
    }
}
