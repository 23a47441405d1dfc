package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.function.SampleFunction;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Issue 11's first ten minutes, driven like a user: type in the search box and the expression field,
 * click samples and the map, press keys, open a saved session, export. Each test asserts what the user
 * sees in the window.
 */
@ExtendWith(ApplicationExtension.class)
class FirstTenMinutesTest {

    private AppViewModel vm;
    private MainWindow window;
    private RecordingDialogs dialogs;
    private final List<Path> openedFolders = new ArrayList<>();

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        dialogs = new RecordingDialogs();
        window = new MainWindow(vm, executor, dialogs, MemoryPreferences.recentFiles(), openedFolders::add);
        Scene scene = new Scene(window, 1260, 780); // within the headless 1280 × 800 screen
        scene.getStylesheets().setAll(MainWindow.stylesheet(false));
        stage.setScene(scene);
        stage.show();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("himmelblau");
    }

    @BeforeEach
    void waitForFirstLandscapeAndRun() throws Exception {
        waitUntil(this::settled);
    }

    private boolean settled() {
        return vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && vm.landscape().dataProperty().get().function() == vm.landscape().functionProperty().get()
                && !vm.runs().runs().isEmpty()
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null
                        && r.start() != null && r.trajectoryProperty().get().steps().get(0).x() == r.start()[0])
                && vm.playback().lastStepProperty().get() > 0;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String loaded() {
        SampleFunction s = vm.function().currentProperty().get();
        return s == null ? null : s.name();
    }

    private void clickSample(FxRobot robot, String name) {
        ListView<?> list = robot.lookup("#function-list").queryAs(ListView.class);
        SampleFunction sample = vm.function().samples().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        robot.interact(() -> list.scrollTo(list.getItems().indexOf(sample)));
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() == sample)
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @Test
    void typingInTheSearchBoxFiltersButNeverLoadsOnlyAClickDoes(FxRobot robot) throws Exception {
        double[] start = vm.runs().runs().get(0).start();
        robot.clickOn("#function-search").write("r");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("himmelblau", loaded());
        assertArrayEquals(start, vm.runs().runs().get(0).start());
        ListView<?> list = robot.lookup("#function-list").queryAs(ListView.class);
        assertTrue(list.getItems().stream().allMatch(s -> ((SampleFunction) s).matches("r")));
        robot.write("astr");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("himmelblau", loaded());
        assertEquals(1, list.getItems().size());
        clickSample(robot, "rastrigin");
        assertEquals("rastrigin", loaded());
    }

    @Test
    void anOpenedSessionIsSelectedInThePickerAndClearsTheFilter(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("himmelblau.json");
        dialogs.answer(file);
        robot.interact(() -> window.files().saveSession());
        clickSample(robot, "booth");
        waitUntil(() -> "booth".equals(loaded()) && settled());
        robot.clickOn("#function-search").write("peaks");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.openSessionFile(file));
        waitUntil(() -> "himmelblau".equals(loaded()) && settled());
        assertEquals("", robot.lookup("#function-search").queryAs(TextField.class).getText());
        ListView<?> list = robot.lookup("#function-list").queryAs(ListView.class);
        assertEquals("himmelblau", ((SampleFunction) list.getSelectionModel().getSelectedItem()).name());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void aTypedExpressionStartsSuperLevelLinearWithLambdaAtTheMedian(FxRobot robot) throws Exception {
        // himmelblau is shown as sub-level sets in log colours at λ = 10
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        assertEquals(ColorScale.LOG, vm.landscape().scaleProperty().get());
        replaceText(robot, "#expression-field", "x^2 - y^2");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.function().functionProperty().get().source().equals("x^2 - y^2") && settled()
                && vm.landscape().dataProperty().get().diagram().mode() == SetMode.SUPERLEVEL);
        LandscapeData data = vm.landscape().dataProperty().get();
        assertEquals(SetMode.SUPERLEVEL, robot.lookup("#mode-choice").queryAs(ChoiceBox.class).getValue());
        assertEquals(ColorScale.LINEAR, data.scale());
        // x² − y² over the square domain is odd under swapping x and y: its median is 0
        double[] values = data.field().values().clone();
        Arrays.sort(values);
        double median = (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        assertEquals(0.0, median, 1e-9);
        assertEquals(median, vm.levelSet().lambdaProperty().get(), 1e-9);
    }

    @Test
    void anEditThatMovesTheValuesAwayFromLambdaTakesTheNewMedianNotAnEnd(FxRobot robot) throws Exception {
        replaceText(robot, "#expression-field", "x + y");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.function().functionProperty().get().source().equals("x + y") && settled());
        double before = vm.levelSet().lambdaProperty().get();
        replaceText(robot, "#expression-field", "x + y + 100");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.function().functionProperty().get().source().equals("x + y + 100") && settled()
                && vm.landscape().dataProperty().get().field().min() > 50);
        LandscapeData data = vm.landscape().dataProperty().get();
        double lambda = vm.levelSet().lambdaProperty().get();
        assertEquals(before + 100, lambda, 1e-9, "x + y + 100 has x + y's median plus 100 (it was pinned at the minimum)");
        assertTrue(lambda > data.field().min() && lambda < data.field().max());
        // a zoom keeps the user's λ: only a new function moves it
        robot.interact(() -> vm.levelSet().lambdaProperty().set(lambda + 1));
        robot.interact(() -> vm.landscape().resetView());
        waitUntil(this::settled);
        assertEquals(lambda + 1, vm.levelSet().lambdaProperty().get(), 1e-12);
    }

    @Test
    void aSurfaceFileThatCannotBeReadIsExplainedInADialogAndTheLandscapeStays(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path bad = dir.resolve("x.h5");
        java.nio.file.Files.write(bad, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        LandscapeData before = vm.landscape().dataProperty().get();
        robot.interact(() -> window.openDropped(bad));
        waitUntil(() -> !dialogs.errors().isEmpty());
        assertEquals(1, dialogs.errors().size(), dialogs.errors().toString());
        assertTrue(dialogs.errors().get(0).startsWith("Could not open the surface: "), dialogs.errors().toString());
        assertTrue(!dialogs.errors().get(0).contains("surface: could not open"), "said once: " + dialogs.errors());
        assertTrue(dialogs.errors().get(0).contains("x.h5"), "it names the file: " + dialogs.errors());
        assertEquals(before, vm.landscape().dataProperty().get(), "the last landscape stays");
    }

    @Test
    void switchingTheFunctionKeepsStartsInsideAndSpreadsTheRest(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.runs().add(Map.of("start", "4.8,-4.8", "steps", "50"));
            vm.runs().add(Map.of("start", "0,0", "steps", "50"));
        });
        waitUntil(this::settled);
        clickSample(robot, "beale"); // domain [-4.5, 4.5]², start (1, 1.5)
        waitUntil(() -> "beale".equals(loaded()) && settled());
        List<RunViewModel> runs = vm.runs().runs();
        assertArrayEquals(new double[] {0, 0}, runs.get(0).start(), "inside the new domain: kept");
        assertArrayEquals(new double[] {1, 1.5}, runs.get(1).start(), "outside: the sample's start");
        // the third run started where the first does: moved one spread step (6 % of 9) along the diagonal
        assertArrayEquals(new double[] {1.54, 2.04}, runs.get(2).start(), 1e-9);
        for (RunViewModel run : runs) {
            assertEquals(run.start()[0], run.trajectoryProperty().get().steps().get(0).x());
        }
    }

    @Test
    void blankRunFieldsStayBlankWhenTheSessionIsReopened(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#run-decay").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        waitUntil(() -> !vm.runs().runs().get(0).settings().containsKey("decay") && settled());
        Path file = dir.resolve("blank.json");
        dialogs.answer(file);
        robot.interact(() -> window.files().saveSession());
        assertFalse(Files.readString(file).contains("\"decay\""), Files.readString(file));
        clickSample(robot, "booth");
        waitUntil(() -> "booth".equals(loaded()) && settled());
        robot.interact(() -> window.openSessionFile(file));
        waitUntil(() -> "himmelblau".equals(loaded()) && settled());
        TextField decay = robot.lookup("#run-decay").queryAs(TextField.class);
        assertEquals("", decay.getText());
        assertEquals("0.01", decay.getPromptText());
        assertEquals("0.1", robot.lookup("#run-lr").queryAs(TextField.class).getText());
        assertFalse(vm.runs().runs().get(0).settings().containsKey("beta1"));
    }

    @Test
    void escOrAClickOnAChartOrTheMapBringsTheShortcutsBack(FxRobot robot) throws Exception {
        robot.clickOn("#run-steps");
        robot.type(KeyCode.RIGHT);
        assertEquals(0, vm.playback().currentStepProperty().get(), "in a text field → moves the caret");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.RIGHT);
        assertEquals(1, vm.playback().currentStepProperty().get());
        robot.clickOn("#domain-xmin");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, vm.playback().currentStepProperty().get());
        robot.clickOn(window.chartsView());
        robot.type(KeyCode.RIGHT);
        assertEquals(2, vm.playback().currentStepProperty().get());
        robot.clickOn("#expression-field");
        robot.type(KeyCode.LEFT);
        assertEquals(2, vm.playback().currentStepProperty().get());
        PlotArea area = window.landscapeView().plotArea();
        robot.clickOn(window.landscapeView().baseCanvas().localToScreen(area.toScreenX(1), area.toScreenY(1)));
        waitUntil(this::settled);
        int before = vm.playback().currentStepProperty().get();
        robot.type(KeyCode.RIGHT);
        assertEquals(before + 1, vm.playback().currentStepProperty().get());
    }

    @Test
    void theCompositeExportsAt1600By900AndEndsWithSavedToAndOpenFolder(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("composite.png");
        dialogs.answer(file);
        robot.clickOn("#export-button");
        ChoiceBox<?> what = robot.lookup("#export-what").queryAs(ChoiceBox.class);
        robot.interact(() -> what.getSelectionModel().select(1));
        assertEquals("Landscape with charts (composite)", what.getConverter().toString(cast(what.getValue())));
        assertEquals(1600, robot.lookup("#export-width").queryAs(javafx.scene.control.Spinner.class).getValue());
        assertEquals(900, robot.lookup("#export-height").queryAs(javafx.scene.control.Spinner.class).getValue());
        robot.clickOn("OK");
        waitUntil(() -> vm.savedProperty().get() != null);
        Label notice = robot.lookup("#saved-notice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertEquals("Saved to " + file.toAbsolutePath().normalize(), notice.getText());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        robot.clickOn("#open-folder");
        assertEquals(List.of(file.toAbsolutePath().normalize().getParent()), openedFolders);
        assertEquals(List.of(), dialogs.errors());
        // written like any program's file: the permissions of a file created the ordinary way here
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Path ordinary = Files.createFile(dir.resolve("ordinary"));
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(file));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Test
    void theRunEditorShowsOnlyWhatAppliesWithDefaultsAndAWideStart(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#run-momentum").tryQuery().isEmpty(), "gd has no momentum");
        assertTrue(robot.lookup("#run-beta1").tryQuery().isEmpty());
        ComboBox<?> optimizer = robot.lookup("#run-optimizer").queryAs(ComboBox.class);
        assertEquals("gd", optimizer.getValue());
        robot.interact(() -> vm.runs().add(Map.of("start", "-1.23457,2.34568")));
        waitUntil(this::settled);
        // a fresh run with no optimizer and no schedule set: the boxes show the defaults, nothing is stored
        assertEquals("gd", robot.lookup("#run-optimizer").queryAs(ComboBox.class).getValue());
        assertEquals("constant", robot.lookup("#run-schedule").queryAs(ComboBox.class).getValue());
        assertFalse(vm.runs().selectedProperty().get().settings().containsKey("optimizer"));
        robot.clickOn("#run-optimizer").clickOn("adam");
        waitUntil(() -> robot.lookup("#run-beta1").tryQuery().isPresent());
        assertEquals("0.9", robot.lookup("#run-beta1").queryAs(TextField.class).getPromptText());
        assertEquals("0.999", robot.lookup("#run-beta2").queryAs(TextField.class).getPromptText());
        assertEquals("0.001", robot.lookup("#run-lr").queryAs(TextField.class).getPromptText());
        assertTrue(robot.lookup("#run-momentum").tryQuery().isEmpty());
        assertTrue(robot.lookup("#run-decay").tryQuery().isEmpty(), "the constant schedule has no decay");
        TextField start = robot.lookup("#run-start").queryAs(TextField.class);
        Text measure = new Text(start.getText());
        measure.setFont(start.getFont());
        assertTrue(start.getWidth() > measure.getLayoutBounds().getWidth() + 8, start.getWidth() + " px");
        ListView<?> samples = robot.lookup("#function-list").queryAs(ListView.class);
        assertTrue(samples.getHeight() >= 8 * samples.getFixedCellSize(), samples.getHeight() + " px");
        // himmelblau's formula is longer than the field: it is repeated in full, wrapped
        Label formula = robot.lookup("#formula-full").queryAs(Label.class);
        assertTrue(formula.isVisible());
        assertEquals("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", formula.getText());
    }

    @Test
    void theMapsTooltipHidesAsThePointerLeavesTheMap(FxRobot robot) throws Exception {
        javafx.scene.canvas.Canvas map = window.landscapeView().baseCanvas();
        double y = map.getHeight() / 2;
        robot.moveTo(map.localToScreen(40, y));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tooltipShowing(robot));
        // a short step out of the map's left edge, onto the panel's border, and look at once: the
        // tooltip goes with the pointer, not after JavaFX's usual hide delay
        robot.moveTo(map.localToScreen(-4, y), org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tooltipShowing(robot));
    }

    private static boolean tooltipShowing(FxRobot robot) {
        // only the map's own tooltip: passing other controls on the way out may show theirs
        return robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && t.isShowing() && t.getText().startsWith("Wheel: zoom"));
    }

    @Test
    void theViewFieldsFollowWheelZoomAndDragPan(FxRobot robot) throws Exception {
        PlotArea area = window.landscapeView().plotArea();
        Point2D centre = window.landscapeView().baseCanvas().localToScreen(area.left() + area.width() / 2,
                area.top() + area.height() / 2);
        robot.moveTo(centre).scroll(javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Domain zoomed = vm.landscape().viewDomainProperty().get();
        assertNotEquals(vm.landscape().homeDomainProperty().get(), zoomed);
        assertFields(robot, zoomed);
        // pan from a point away from the runs' start markers (dragging a marker moves that run's start)
        Point2D away = window.landscapeView().baseCanvas().localToScreen(area.left() + area.width() * 0.15,
                area.top() + area.height() * 0.85);
        robot.drag(away, MouseButton.PRIMARY).moveBy(80, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Domain panned = vm.landscape().viewDomainProperty().get();
        assertNotEquals(zoomed, panned);
        assertFields(robot, panned);
    }

    private static void assertFields(FxRobot robot, Domain d) {
        String[] ids = {"#domain-xmin", "#domain-xmax", "#domain-ymin", "#domain-ymax"};
        double[] v = {d.xmin(), d.xmax(), d.ymin(), d.ymax()};
        for (int k = 0; k < 4; k++) {
            assertEquals(String.format(Locale.ROOT, "%.6g", v[k]), robot.lookup(ids[k]).queryAs(TextField.class)
                    .getText(), ids[k]);
        }
    }

    @Test
    void aHiddenRunLeavesTheMapAndFocusDimsTheOthers(FxRobot robot) throws Exception {
        robot.interact(() -> vm.runs().add(Map.of("start", "-3,-3", "steps", "400", "schedule", "exp-norm",
                "lr", "0.1")));
        waitUntil(this::settled);
        robot.interact(() -> vm.playback().seek(vm.playback().lastStepProperty().get()));
        RunViewModel first = vm.runs().runs().get(0);
        RunViewModel second = vm.runs().runs().get(1);
        assertTrue(opaquePixels(robot, first) > 20);
        assertTrue(opaquePixels(robot, second) > 20);
        robot.clickOn("#run-visible-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(second.visibleProperty().get());
        assertEquals(0, opaquePixels(robot, second));
        assertTrue(opaquePixels(robot, first) > 20);
        robot.clickOn("#run-visible-1");
        robot.clickOn("#run-focus");
        WaitForAsyncUtils.waitForFxEvents();
        // the second run is selected: it stays opaque, the first is drawn faint
        assertTrue(opaquePixels(robot, second) > 20);
        assertEquals(0, opaquePixels(robot, first));
    }

    /** Pixels of the map's overlay painted exactly in the run's colour, fully opaque. */
    private int opaquePixels(FxRobot robot, RunViewModel run) {
        javafx.scene.canvas.Canvas overlay = robot.lookup("#landscape-overlay").queryAs(
                javafx.scene.canvas.Canvas.class);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
            p.setFill(javafx.scene.paint.Color.TRANSPARENT);
            shot[0] = overlay.snapshot(p, null);
        });
        var reader = shot[0].getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) shot[0].getHeight(); y++) {
            for (int x = 0; x < (int) shot[0].getWidth(); x++) {
                if (reader.getArgb(x, y) == (run.argb() | 0xFF000000)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void ctrlDSwitchesTheThemeThroughTheViewModelAndSessionsRecordIt(FxRobot robot) {
        robot.interact(() -> window.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.darkProperty().get());
        assertTrue(window.getScene().getStylesheets().get(0).endsWith("dark.css"),
                window.getScene().getStylesheets().toString());
        assertEquals(dev.superlevel.render.FigureStyle.DARK, vm.session(vm.darkProperty().get()).style());
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.darkProperty().get());
        assertTrue(window.getScene().getStylesheets().get(0).endsWith("light.css"));
    }
}
