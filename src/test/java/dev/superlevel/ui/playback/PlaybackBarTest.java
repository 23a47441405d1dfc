package dev.superlevel.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The bar's frame timer moves the step while playing and only then (it is started by Play and stopped
 * by Pause or at the last step, so an idle window asks for no pulses: issue 11 item 19).
 */
@ExtendWith(ApplicationExtension.class)
class PlaybackBarTest {

    private final PlaybackViewModel vm = new PlaybackViewModel();

    @Start
    void start(Stage stage) {
        vm.lastStepProperty().set(100_000);
        vm.speedProperty().set(PlaybackViewModel.MAX_SPEED);
        stage.setScene(new Scene(new PlaybackBar(vm), 900, 60));
        stage.show();
    }

    @Test
    void playMovesTheStepFrameByFrameAndPauseStopsIt(FxRobot robot) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.currentStepProperty().get(), "nothing moves before Play");
        robot.clickOn("#playback-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.currentStepProperty().get() > 10);
        robot.clickOn("#playback-play");
        WaitForAsyncUtils.waitForFxEvents();
        int paused = vm.currentStepProperty().get();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, vm.currentStepProperty().get(), "paused: the step stays");
        robot.clickOn("#playback-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.currentStepProperty().get() > paused + 10);
        assertTrue(vm.playingProperty().get());
    }
}
