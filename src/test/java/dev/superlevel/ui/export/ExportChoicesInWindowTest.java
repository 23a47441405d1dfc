package dev.superlevel.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The figure choices of Export PNG (Ctrl+E) and Export animation (Ctrl+G), driven through the dialogs:
 * every entry has its own name, only figures the app can make are offered (the recorded paths' loss only
 * while a path is shown, the basins never), and every offered figure exports without an error.
 */
@ExtendWith(ApplicationExtension.class)
class ExportChoicesInWindowTest {

    private static final List<String> FIGURES = List.of("Landscape", "Landscape with charts (composite)",
            "Topological profile (merge tree)", "3-D surface");
    private static final String PATH_LOSS = "Loss along the recorded paths";

    private AppViewModel vm;
    private MainWindow window;
    private RecordingDialogs dialogs;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        dialogs = new RecordingDialogs();
        window = new MainWindow(vm, executor, dialogs, MemoryPreferences.recentFiles(), folder -> { });
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        vm.landscape().resolutionProperty().set(64);
        vm.loadSample("gaussian-bumps");
    }

    @BeforeEach
    void waitForLandscapeAndRun() throws Exception {
        waitUntil(() -> vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && !vm.runs().runs().isEmpty()
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null)
                && vm.playback().lastStepProperty().get() > 0);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> labels(ChoiceBox<?> box) {
        List<String> out = new ArrayList<>();
        for (Object item : box.getItems()) {
            out.add(label(box, item));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> String label(ChoiceBox<T> box, Object item) {
        return box.getConverter().toString((T) item);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path dropPath(FxRobot robot, Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("run.csv"), "x,y,step,loss\n0,0,0,3\n-0.5,0.5,5,2.5\n"
                + "0.5,0.5,10,2\n-1,1,15,1.5\n");
        robot.interact(() -> window.openDropped(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.paths().paths().size());
        return csv;
    }

    /** Opens Export PNG, picks entry {@code index}, sets 320 × 240 and exports to {@code file}. */
    private void exportPng(FxRobot robot, int index, Path file) throws Exception {
        dialogs.answer(file);
        shortcut(robot, KeyCode.E);
        ChoiceBox<?> what = robot.lookup("#export-what").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            what.getSelectionModel().select(index);
            robot.lookup("#export-width").queryAs(Spinner.class).getValueFactory().setValue(320);
            robot.lookup("#export-height").queryAs(Spinner.class).getValueFactory().setValue(240);
        });
        robot.clickOn("OK");
        waitUntil(() -> file.toAbsolutePath().normalize().equals(vm.savedProperty().get()) || !dialogs.errors().isEmpty());
        assertEquals(List.of(), dialogs.errors(), "entry " + index);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void exportPngOffersEachFigureOnceByNameAndEachExports(FxRobot robot, @TempDir Path dir) throws Exception {
        shortcut(robot, KeyCode.E);
        ChoiceBox<?> what = robot.lookup("#export-what").queryAs(ChoiceBox.class);
        List<String> offered = labels(what);
        // 1× is each figure's own size (the composite's is 1600 × 900, not the screen's)
        assertEquals(List.of("1× (its own size)", "2× (print)", "3× (print)"),
                labels(robot.lookup("#export-scale").queryAs(ChoiceBox.class)));
        robot.clickOn("Cancel");
        assertEquals(FIGURES, offered.subList(0, FIGURES.size()), "no basins, no path loss without a path");
        assertEquals(offered.size(), new HashSet<>(offered).size(), "every entry has its own name: " + offered);
        assertTrue(offered.stream().noneMatch(l -> l.contains("Basins") || l.equals(PATH_LOSS)), offered.toString());
        for (int i = 0; i < FIGURES.size(); i++) {
            exportPng(robot, i, dir.resolve("figure" + i + ".png"));
        }

        dropPath(robot, dir);
        shortcut(robot, KeyCode.E);
        List<String> withPath = labels(robot.lookup("#export-what").queryAs(ChoiceBox.class));
        robot.clickOn("Cancel");
        assertEquals(PATH_LOSS, withPath.get(FIGURES.size()), "a shown path adds its loss figure: " + withPath);
        assertEquals(offered.size() + 1, withPath.size());
        exportPng(robot, FIGURES.size(), dir.resolve("path-loss.png"));
    }

    @Test
    void exportAnimationOffersTheSameFiguresAndEachExports(FxRobot robot, @TempDir Path dir) throws Exception {
        dropPath(robot, dir);
        shortcut(robot, KeyCode.G);
        List<String> offered = labels(robot.lookup("#animation-what").queryAs(ChoiceBox.class));
        robot.clickOn("Cancel");
        List<String> expected = new ArrayList<>(FIGURES);
        expected.add(PATH_LOSS);
        assertEquals(expected, offered);
        for (int i = 0; i < expected.size(); i++) {
            Path file = dir.resolve("figure" + i + ".gif");
            dialogs.answer(file);
            shortcut(robot, KeyCode.G);
            int index = i;
            robot.interact(() -> {
                robot.lookup("#animation-what").queryAs(ChoiceBox.class).getSelectionModel().select(index);
                robot.lookup("#animation-width").queryAs(Spinner.class).getValueFactory().setValue(200);
                robot.lookup("#animation-height").queryAs(Spinner.class).getValueFactory().setValue(150);
                robot.lookup("#animation-frames").queryAs(Spinner.class).getValueFactory().setValue(2);
            });
            robot.clickOn("OK");
            waitUntil(() -> file.toAbsolutePath().normalize().equals(vm.savedProperty().get())
                    || !dialogs.errors().isEmpty());
            assertEquals(List.of(), dialogs.errors(), expected.get(i));
            BufferedImage first = ImageIO.read(file.toFile());
            assertEquals(200, first.getWidth(), expected.get(i));
            assertEquals(150, first.getHeight(), expected.get(i));
        }
    }
}
