package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.surface3d.SurfacePane;
import dev.superlevel.ui.surface3d.SurfaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/** Drives the real window headless: switch to 3-D, drag λ, orbit, and export the very pixels on screen. */
@ExtendWith(ApplicationExtension.class)
class Surface3dWindowTest {

    private AppViewModel vm;
    private SurfaceViewModel surface;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        MainWindow window = new MainWindow(vm, executor, new dev.superlevel.ui.files.RecordingDialogs(),
                dev.superlevel.ui.files.MemoryPreferences.recentFiles(), folder -> { });
        Scene scene = new Scene(window, 1260, 780);
        scene.getStylesheets().setAll(MainWindow.stylesheet(false));
        stage.setScene(scene);
        stage.show();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("gaussian-bumps");
    }

    @BeforeEach
    void waitForFirstLandscapeAndRun() throws Exception {
        waitUntil(() -> vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && !vm.runs().runs().isEmpty() && vm.runs().runs().get(0).trajectoryProperty().get() != null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void switchTo3d(FxRobot robot) throws Exception {
        robot.clickOn("#toggle-3d");
        Node pane = robot.lookup("#surface-3d").query();
        surface = ((SurfacePane) pane).viewModel();
        waitUntil(() -> surface.frameProperty().get() != null && surface.framesProperty().get() > 0);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Waits for the frame of the latest state: no frame arrives for a quiet moment. */
    private void waitForSettledFrame() throws Exception {
        long[] seen = {-1};
        waitUntil(() -> {
            long now = surface.framesProperty().get();
            boolean settled = now == seen[0];
            seen[0] = now;
            Thread.sleep(400);
            return settled && surface.frameProperty().get() != null;
        });
    }

    @Test
    void theKeyThreeAndTheToolbarSwitchBetweenTheMapAndTheSurface(FxRobot robot) throws Exception {
        switchTo3d(robot);
        assertTrue(robot.lookup("#surface-3d").query().isVisible());
        Node map = robot.lookup("#landscape-canvas").query().getParent();
        assertFalse(map.isVisible());
        robot.clickOn("#surface-canvas");
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#surface-3d").query().isVisible());
        assertTrue(map.isVisible());
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#surface-3d").query().isVisible());
    }

    @Test
    void draggingLambdaRedrawsTheSurfaceAndOrbitingTurnsTheCamera(FxRobot robot) throws Exception {
        switchTo3d(robot);
        waitForSettledFrame();
        int[] before = pixels(surface.frameProperty().get());
        double lambdaBefore = vm.levelSet().lambdaProperty().get();
        Slider slider = robot.lookup("#lambda-slider").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb"), MouseButton.PRIMARY).dropBy(-120, 0);
        waitForSettledFrame();
        assertNotEquals(lambdaBefore, vm.levelSet().lambdaProperty().get());
        int[] afterLambda = pixels(surface.frameProperty().get());
        assertFalse(java.util.Arrays.equals(before, afterLambda), "the λ plane and the shading moved");

        double azimuth = surface.viewProperty().get().azimuth();
        robot.drag("#surface-canvas", MouseButton.PRIMARY).dropBy(100, 0);
        waitForSettledFrame();
        double turned = surface.viewProperty().get().azimuth() - azimuth;
        assertEquals(-100 * SurfaceViewModel.DEGREES_PER_PIXEL, turned, 4 * SurfaceViewModel.DEGREES_PER_PIXEL,
                "dragging 100 px to the right turns the camera by about 40 degrees");
        assertFalse(java.util.Arrays.equals(afterLambda, pixels(surface.frameProperty().get())));
    }

    @Test
    void theExportedFigureHasTheScreenPixelsAndTheCamera(FxRobot robot, @TempDir Path dir) throws Exception {
        switchTo3d(robot);
        robot.drag("#surface-canvas", MouseButton.PRIMARY).dropBy(60, -30);
        waitForSettledFrame();
        BufferedImage screen = surface.frameProperty().get();
        Path png = dir.resolve("surface.png");
        surface.exportPng(vm.session(false), png, dev.superlevel.core.Cancellation.NONE);
        BufferedImage exported = ImageIO.read(png.toFile());
        assertEquals(screen.getWidth(), exported.getWidth());
        assertEquals(screen.getHeight(), exported.getHeight());
        assertArrayEquals(pixels(screen), pixels(exported));
        FigureSpec spec = SessionFile.figureFromPng(png).orElseThrow();
        assertEquals(FigureKind.SURFACE, spec.kind());
        assertEquals(surface.viewProperty().get(), spec.surface());
    }
}
