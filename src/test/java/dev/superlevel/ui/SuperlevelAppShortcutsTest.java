package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The single-key shortcuts work in a freshly started app before any click (issue 11 items 5 and 19): the
 * window's first frame, the outline, has nothing to take the focus, so the main window that replaces it
 * must; otherwise the keys go to the scene alone and the shortcuts, installed on the main window, never
 * see them.
 */
@ExtendWith(ApplicationExtension.class)
class SuperlevelAppShortcutsTest {

    private SuperlevelApp app;

    @Start
    void start(Stage stage) {
        app = new SuperlevelApp();
        app.start(stage);
    }

    @Test
    void theArrowKeyStepsTheFirstRunWithoutAClickFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.viewModel() != null
                && !app.viewModel().runs().runs().isEmpty()
                && app.viewModel().runs().runs().get(0).trajectoryProperty().get() != null
                && robot.lookup("#chart-loss").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, app.viewModel().playback().currentStepProperty().get());

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, app.viewModel().playback().currentStepProperty().get(), "→ stepped the run");
    }
}
