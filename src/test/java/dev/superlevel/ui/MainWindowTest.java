package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.render.FigureKind;
import dev.superlevel.ui.charts.ChartKind;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.export.ExportDialog;
import dev.superlevel.ui.export.ExportTarget;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecentFiles;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.PlotArea;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.runs.RunViewModel;
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
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Drives the real window headless: λ slider, expression errors, map clicks, playback, charts, export. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private AppViewModel vm;
    private MainWindow window;
    private RecordingDialogs dialogs;
    private RecentFiles recent;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        dialogs = new RecordingDialogs();
        recent = MemoryPreferences.recentFiles();
        window = new MainWindow(vm, executor, dialogs, recent, folder -> { });
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
                && !vm.runs().runs().isEmpty()
                && vm.runs().runs().get(0).trajectoryProperty().get() != null
                && vm.playback().lastStepProperty().get() > 0);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingTheLambdaSliderChangesTheComponentCount(FxRobot robot) {
        int before = vm.levelSet().componentCountProperty().get();
        assertTrue(before >= 2, "the first screen shows a split S_λ, got " + before);
        Slider slider = robot.lookup("#lambda-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(-400, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double lambda = vm.levelSet().lambdaProperty().get();
        assertEquals(slider.getMin(), lambda, 1e-9, "dragged to the left end");
        int after = vm.levelSet().componentCountProperty().get();
        assertNotEquals(before, after);
        assertEquals(vm.landscape().dataProperty().get().diagram().componentCount(lambda), after);
    }

    @Test
    void aBrokenExpressionShowsTheErrorAndKeepsTheLastPicture(FxRobot robot) throws Exception {
        LandscapeData shown = vm.landscape().dataProperty().get();
        var function = vm.function().functionProperty().get();
        String broken = "sinn(y) + x"; // every prefix is invalid too, however slowly the robot types
        robot.clickOn("#expression-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(broken);
        // under load the debounced check may also fire on a prefix ("sinn(" has its own error): wait until
        // the problem on show is the one of the whole text, not merely until some problem is on show
        waitUntil(() -> broken.equals(vm.function().expressionProperty().get())
                && vm.function().problemProperty().get() != null
                && vm.function().problemProperty().get().caretSnippet().startsWith(broken + "\n"));
        Label problem = robot.lookup("#expression-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("sinn(y) + x\n^\ncolumn 1: unknown function 'sinn' (did you mean 'sin'?)", problem.getText());
        assertEquals(1, vm.function().problemProperty().get().column());
        assertSame(function, vm.function().functionProperty().get());
        assertSame(shown, vm.landscape().dataProperty().get());
    }

    @Test
    void clickingTheMapSetsTheStartOfTheSelectedRun(FxRobot robot) throws Exception {
        RunViewModel run = vm.runs().selectedProperty().get();
        PlotArea area = window.landscapeView().plotArea();
        double sx = area.left() + area.width() * 0.25;
        double sy = area.top() + area.height() * 0.75;
        Point2D onScreen = window.landscapeView().baseCanvas().localToScreen(sx, sy);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        double[] start = run.start();
        assertNotNull(start);
        double cell = area.domain().width() / area.width();
        assertEquals(area.toDomainX(sx), start[0], 2 * cell);
        assertEquals(area.toDomainY(sy), start[1], 2 * cell);
        waitUntil(() -> run.trajectoryProperty().get().steps().get(0).x() == start[0]);
    }

    @Test
    void pressingStepAddsOnePointToEveryChart(FxRobot robot) {
        RunViewModel run = vm.runs().runs().get(0);
        int[] before = counts(run);
        robot.clickOn("#playback-step");
        WaitForAsyncUtils.waitForFxEvents();
        int[] after = counts(run);
        for (int k = 0; k < before.length; k++) {
            assertEquals(before[k] + 1, after[k], ChartKind.values()[k].title());
        }
        assertEquals(1, vm.playback().currentStepProperty().get());
    }

    private int[] counts(RunViewModel run) {
        ChartKind[] kinds = ChartKind.values();
        int[] counts = new int[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            counts[k] = window.liveCharts().pointCount(kinds[k], run);
        }
        return counts;
    }

    @Test
    void playAndPauseToggleWithTheButton(FxRobot robot) {
        robot.interact(() -> vm.playback().speedProperty().set(1));
        robot.clickOn("#playback-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.playback().playingProperty().get());
        robot.clickOn("#playback-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.playback().playingProperty().get());
    }

    @Test
    void scrubbingBackShrinksTheCharts(FxRobot robot) {
        RunViewModel run = vm.runs().runs().get(0);
        robot.interact(() -> vm.playback().seek(40));
        assertEquals(41, window.liveCharts().pointCount(ChartKind.LOSS, run));
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        robot.interact(() -> timeline.setValue(10));
        assertEquals(10, vm.playback().currentStepProperty().get());
        assertEquals(11, window.liveCharts().pointCount(ChartKind.LOSS, run));
    }

    @Test
    void exportedLandscapeAndChartDecodeAtTheRequestedSize(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportDialog export = new ExportDialog(vm, window.liveCharts(), window.landscapeView(), window.chartsView(),
                new dev.superlevel.ui.concurrent.SameThreadExecutor(), dialogs);
        Path landscape = dir.resolve("landscape.png");
        Path chart = dir.resolve("chart.png");
        WaitForAsyncUtils.asyncFx(() -> {
            export.export(ExportTarget.of(FigureKind.LANDSCAPE), landscape, 640, 480, false);
            export.export(ExportTarget.of(ChartKind.LOSS), chart, 500, 300, false);
            return null;
        }).get();
        BufferedImage a = ImageIO.read(landscape.toFile());
        BufferedImage b = ImageIO.read(chart.toFile());
        assertEquals(640, a.getWidth());
        assertEquals(480, a.getHeight());
        assertEquals(500, b.getWidth());
        assertEquals(300, b.getHeight());
        Session embedded = SessionFile.fromPng(landscape);
        assertEquals(vm.levelSet().lambdaProperty().get(), embedded.lambda());
        assertEquals(vm.runs().runs().size(), embedded.runs().size());
    }

    @Test
    void exportedLandscapeHasTheSamePixelsAsTheCliRenderOfItsSession(FxRobot robot, @TempDir Path dir)
            throws Exception {
        ExportDialog export = new ExportDialog(vm, window.liveCharts(), window.landscapeView(), window.chartsView(),
                new dev.superlevel.ui.concurrent.SameThreadExecutor(), dialogs);
        Path app = dir.resolve("app.png");
        Path cli = dir.resolve("cli.png");
        robot.interact(() -> vm.playback().seek(25));
        WaitForAsyncUtils.asyncFx(() -> {
            export.export(ExportTarget.of(FigureKind.LANDSCAPE), app, 400, 300, false);
            return null;
        }).get();
        assertEquals(0, dev.superlevel.cli.SuperlevelCli.run(new String[] {"render", "--session", app.toString(),
            "--out", cli.toString()}));
        BufferedImage fromApp = ImageIO.read(app.toFile());
        BufferedImage fromCli = ImageIO.read(cli.toFile());
        assertEquals(fromApp.getWidth(), fromCli.getWidth());
        assertEquals(fromApp.getHeight(), fromCli.getHeight());
        for (int y = 0; y < fromApp.getHeight(); y++) {
            for (int x = 0; x < fromApp.getWidth(); x++) {
                assertEquals(fromApp.getRGB(x, y), fromCli.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void keyboardShortcutsStepPlayAndJumpBetweenEvents(FxRobot robot) {
        robot.interact(() -> {
            vm.playback().speedProperty().set(1);
            window.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(1, vm.playback().currentStepProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(0, vm.playback().currentStepProperty().get());
        double[] events = vm.levelSet().eventLevelsProperty().get();
        robot.interact(() -> vm.levelSet().lambdaProperty().set(events[0]));
        robot.type(KeyCode.PAGE_UP);
        assertEquals(events[1], vm.levelSet().lambdaProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(events[0], vm.levelSet().lambdaProperty().get());
        robot.type(KeyCode.SPACE);
        assertTrue(vm.playback().playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(vm.playback().playingProperty().get());
    }

    @Test
    void clickingTheBettiPlotSetsLambda(FxRobot robot) {
        javafx.scene.canvas.Canvas betti = robot.lookup("#betti-plot").queryAs(javafx.scene.canvas.Canvas.class);
        robot.clickOn(betti.localToScreen(betti.getWidth() - 6, betti.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.levelSet().maxLevelProperty().get(), vm.levelSet().lambdaProperty().get(), 1e-9);
    }

    @Test
    void hoveringReportsTheValueGradientAndComponent(FxRobot robot) {
        PlotArea area = window.landscapeView().plotArea();
        // the tallest bump of gaussian-bumps is near (1, 1): inside S_λ at the first screen's λ
        double sx = area.toScreenX(1);
        double sy = area.toScreenY(1);
        robot.moveTo(window.landscapeView().baseCanvas().localToScreen(sx, sy));
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#hover-readout").queryAs(Label.class).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "x = (\\S+), y = (\\S+), L = (\\S+), ∇L = \\((\\S+), (\\S+)\\), component #0").matcher(text);
        assertTrue(m.matches(), text);
        double x = Double.parseDouble(m.group(1));
        double y = Double.parseDouble(m.group(2));
        // the robot lands on a whole screen pixel: the point read out is (1, 1) to within a pixel
        double pixel = Math.max(area.domain().width() / area.width(), area.domain().height() / area.height());
        assertEquals(1, x, pixel);
        assertEquals(1, y, pixel);
        // L and ∇L are the function's at the point shown (printed to 4 significant digits, so the point is
        // known to ±5e-4: the values may differ by that times the slope or the curvature)
        var at = vm.landscape().functionProperty().get().derivatives(x, y);
        double slope = Math.hypot(at.gx(), at.gy());
        assertEquals(at.value(), Double.parseDouble(m.group(3)), 1e-3 * slope + 1e-6);
        assertEquals(at.gx(), Double.parseDouble(m.group(4)), 1e-2);
        assertEquals(at.gy(), Double.parseDouble(m.group(5)), 1e-2);
    }

    @Test
    void wheelZoomsAboutTheCursorAndResetViewRestoresTheDomain(FxRobot robot) {
        PlotArea area = window.landscapeView().plotArea();
        double sx = area.left() + area.width() * 0.3;
        double sy = area.top() + area.height() * 0.6;
        double x = area.toDomainX(sx);
        double y = area.toDomainY(sy);
        var home = vm.landscape().viewDomainProperty().get();
        robot.moveTo(window.landscapeView().baseCanvas().localToScreen(sx, sy));
        // the robot's "up" reaches JavaFX with a platform-dependent sign (negative under headless Monocle):
        // record the event actually delivered, so the zoom is checked against its sign, not either way
        double[] deltaY = {Double.NaN};
        javafx.event.EventHandler<javafx.scene.input.ScrollEvent> spy = e -> deltaY[0] = e.getDeltaY();
        window.landscapeView().baseCanvas().addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, spy);
        robot.scroll(javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        window.landscapeView().baseCanvas().removeEventFilter(javafx.scene.input.ScrollEvent.SCROLL, spy);
        var zoomed = vm.landscape().viewDomainProperty().get();
        // one notch with deltaY > 0 (wheel turned away from the user) zooms in by 1.2, the other way out
        assertTrue(deltaY[0] != 0 && !Double.isNaN(deltaY[0]), "one scroll event reached the map: " + deltaY[0]);
        double expected = deltaY[0] > 0 ? 1 / 1.2 : 1.2;
        assertEquals(expected, zoomed.width() / home.width(), 1e-9);
        assertEquals(expected, zoomed.height() / home.height(), 1e-9);
        PlotArea after = window.landscapeView().plotArea();
        // the robot moves to whole screen pixels, so the fixed point is the cursor to within a pixel
        double pixel = Math.max(home.width() / area.width(), home.height() / area.height());
        assertEquals(x, after.toDomainX(sx), pixel);
        assertEquals(y, after.toDomainY(sy), pixel);
        robot.interact(() -> vm.landscape().resetView());
        assertEquals(home, vm.landscape().viewDomainProperty().get());
    }

    @Test
    void aDataSetFunctionShowsItsFormulaReadOnlyAndItsScatterPlot(FxRobot robot) throws Exception {
        LandscapeData before = vm.landscape().dataProperty().get();
        robot.interact(() -> vm.loadSample("blobs-logistic"));
        waitUntil(() -> vm.landscape().dataProperty().get() != before && !vm.landscape().busyProperty().get()
                && robot.lookup("#dataset-scatter").queryAs(dev.superlevel.ui.function.DatasetScatter.class)
                        .hasData());
        javafx.scene.control.TextField field = robot.lookup("#expression-field")
                .queryAs(javafx.scene.control.TextField.class);
        assertFalse(field.isEditable());
        assertEquals(FunctionLibrary.sample("blobs-logistic").orElseThrow().formula(), field.getText());
        assertTrue(robot.lookup("#dataset-scatter").query().isVisible());
        robot.interact(() -> vm.loadSample("gaussian-bumps"));
        assertTrue(field.isEditable());
        assertFalse(robot.lookup("#dataset-scatter").query().isVisible());
    }

    @Test
    void openingAnExportedPngRestoresItsSessionAsADropWould(FxRobot robot, @TempDir Path dir) throws Exception {
        Path png = dir.resolve("view.png");
        double lambda = vm.levelSet().lambdaProperty().get();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.exportFigure(png, false, 320, 240, false);
            return null;
        }).get();
        robot.interact(() -> vm.loadSample("himmelblau"));
        waitUntil(() -> !vm.landscape().busyProperty().get() && vm.landscape().dataProperty().get() != null);
        robot.interact(() -> window.openSessionFile(png));
        waitUntil(() -> !vm.landscape().busyProperty().get()
                && "gaussian-bumps".equals(vm.function().currentProperty().get().name())
                && vm.levelSet().lambdaProperty().get() == lambda);
        assertEquals(png.toAbsolutePath().normalize(), recent.list().get(0));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void aPrintScaleExportKeepsTheRequestedSizeAndDrawsLarger(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportDialog export = new ExportDialog(vm, window.liveCharts(), window.landscapeView(), window.chartsView(),
                new dev.superlevel.ui.concurrent.SameThreadExecutor(), dialogs);
        Path[] files = {dir.resolve("l1.png"), dir.resolve("l2.png"), dir.resolve("c1.png"), dir.resolve("c2.png")};
        WaitForAsyncUtils.asyncFx(() -> {
            export.export(ExportTarget.of(FigureKind.LANDSCAPE), files[0], 600, 450, 1, false);
            export.export(ExportTarget.of(FigureKind.LANDSCAPE), files[1], 600, 450, 2, false);
            export.export(ExportTarget.of(ChartKind.LOSS), files[2], 600, 400, 1, false);
            export.export(ExportTarget.of(ChartKind.LOSS), files[3], 600, 400, 2, false);
            return null;
        }).get();
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(600, image.getWidth());
            assertEquals(file.toString().contains("/l") ? 450 : 400, image.getHeight());
        }
        // the landscape figure records the scale it was drawn at (render --session redraws it so)
        assertEquals(1.0, SessionFile.figureFromPng(files[0]).orElseThrow().scale());
        assertEquals(2.0, SessionFile.figureFromPng(files[1]).orElseThrow().scale());
        // the chart's text is twice as large: its title (the first block of inked rows) twice as tall
        int one = titleHeight(ImageIO.read(files[2].toFile()));
        int two = titleHeight(ImageIO.read(files[3].toFile()));
        assertTrue(one > 4 && two >= 1.7 * one, one + " vs " + two);
    }

    private static int titleHeight(BufferedImage image) {
        int background = image.getRGB(0, 0);
        int y = 0;
        while (y < image.getHeight() && !inkedRow(image, y, background)) {
            y++;
        }
        int top = y;
        while (y < image.getHeight() && inkedRow(image, y, background)) {
            y++;
        }
        return y - top;
    }

    private static boolean inkedRow(BufferedImage image, int y, int background) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (image.getRGB(x, y) != background) {
                return true;
            }
        }
        return false;
    }
}
