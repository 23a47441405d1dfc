package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A crowded status bar (a long "Saved to …" path beside the status line and the map's read-out; found in a
 * user-style pass, where Open folder shrank to "Ope…"): the button keeps its whole text and the path gives
 * way, with the whole path in its tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class CrowdedStatusBarWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture.Shown shown = WindowFixture.showSample(stage, "himmelblau");
        vm = shown.vm();
        window = shown.window();
    }

    @BeforeEach
    void waitForTheLandscape() throws Exception {
        WindowFixture.awaitLandscape(vm);
    }

    @Test
    void openFolderKeepsItsWholeTextWhenALongPathCrowdsTheBar(FxRobot robot) {
        Path deep = Path.of("/tmp", "exports of the landscape figures for the optimisation seminar",
                "second week, himmelblau and rosenbrock", "final versions for the slides", "himmelblau-composite.png");
        robot.interact(() -> vm.saved(deep));
        // the map's read-out at the right end of the bar
        robot.moveTo(window.landscapeView().baseCanvas());
        WaitForAsyncUtils.waitForFxEvents();
        Button open = robot.lookup("#open-folder").queryAs(Button.class);
        Label notice = robot.lookup("#saved-notice").queryAs(Label.class);
        assertTrue(notice.getWidth() < notice.prefWidth(-1), "the bar is crowded: the path gives way");
        assertTrue(open.getWidth() >= open.prefWidth(-1) - 0.5, "Open folder keeps its text: " + open.getWidth());
        assertTrue(notice.getTooltip().getText().endsWith("himmelblau-composite.png"), "the whole path in the tooltip");
    }
}
