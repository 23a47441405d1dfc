package dev.superlevel.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaybackViewModelTest {

    private final PlaybackViewModel vm = new PlaybackViewModel();

    @Test
    void stepAndStepBackStayInsideTheRun() {
        vm.lastStepProperty().set(2);
        vm.stepBack();
        assertEquals(0, vm.currentStepProperty().get());
        vm.step();
        vm.step();
        vm.step();
        assertEquals(2, vm.currentStepProperty().get());
    }

    @Test
    void advanceMovesBySpeedTimesSecondsCarryingTheFraction() {
        vm.lastStepProperty().set(100);
        vm.speedProperty().set(10);
        vm.play();
        vm.advance(0.25);
        assertEquals(2, vm.currentStepProperty().get());
        vm.advance(0.25);
        assertEquals(5, vm.currentStepProperty().get());
    }

    @Test
    void playbackPausesAtTheLastStepAndRestartsFromZero() {
        vm.lastStepProperty().set(5);
        vm.speedProperty().set(100);
        vm.play();
        vm.advance(1);
        assertEquals(5, vm.currentStepProperty().get());
        assertFalse(vm.playingProperty().get());
        vm.play();
        assertEquals(0, vm.currentStepProperty().get());
        assertTrue(vm.playingProperty().get());
    }

    @Test
    void advanceDoesNothingWhilePaused() {
        vm.lastStepProperty().set(50);
        vm.advance(10);
        assertEquals(0, vm.currentStepProperty().get());
    }

    @Test
    void speedIsClampedToOneToFiveHundredStepsPerSecond() {
        vm.speedProperty().set(10_000);
        assertEquals(PlaybackViewModel.MAX_SPEED, vm.speedProperty().get());
        vm.speedProperty().set(0);
        assertEquals(PlaybackViewModel.MIN_SPEED, vm.speedProperty().get());
    }

    @Test
    void shorterRunsPullTheCursorBack() {
        vm.lastStepProperty().set(50);
        vm.seek(40);
        vm.lastStepProperty().set(10);
        assertEquals(10, vm.currentStepProperty().get());
    }
}
