package dev.superlevel.ui;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import org.testfx.api.FxRobot;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The real main window for TestFX tests that need no particular dialogs or preferences: two background
 * workers, the bundled samples, recording file dialogs, in-memory recent files, a 1260 × 780 scene.
 */
public final class WindowFixture {

    /** The shown window and its view-model. */
    public record Shown(AppViewModel vm, MainWindow window) {
    }

    private WindowFixture() {
    }

    /** Builds the main window, puts it on {@code stage} and shows it. FX thread (a TestFX {@code @Start}). */
    public static Shown show(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        AppViewModel vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        MainWindow window = new MainWindow(vm, executor, new RecordingDialogs(), MemoryPreferences.recentFiles(),
                folder -> { });
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        return new Shown(vm, window);
    }

    /**
     * As {@link #show}, in the light theme, with {@code sample} loading on a 128² grid (quick to sample):
     * the set-up of most window tests; wait for it with {@link #awaitLandscape}.
     */
    public static Shown showSample(Stage stage, String sample) {
        Shown shown = show(stage);
        stage.getScene().getStylesheets().setAll(MainWindow.stylesheet(false));
        shown.vm().landscape().resolutionProperty().set(128);
        shown.vm().loadSample(sample);
        return shown;
    }

    /** Waits (up to two minutes; not a timing) until a landscape is shown, then for the FX events it set off. */
    public static void awaitLandscape(AppViewModel vm) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> vm.landscape().dataProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The map's overlay canvas (contour, paths, layers) as ARGB pixels, row by row. */
    public static int[] overlayPixels(FxRobot robot) {
        Canvas overlay = robot.lookup("#landscape-overlay").queryAs(Canvas.class);
        int[][] out = new int[1][];
        robot.interact(() -> {
            WritableImage img = overlay.snapshot(null, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            out[0] = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out[0], 0, w);
        });
        return out[0];
    }
}
