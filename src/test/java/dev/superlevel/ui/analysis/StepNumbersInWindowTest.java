package dev.superlevel.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** In the real window, the step read-out follows the selected run and the playback's current step. */
@ExtendWith(ApplicationExtension.class)
class StepNumbersInWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        stage.setScene(new Scene(new MainWindow(vm, executor, new RecordingDialogs(),
                MemoryPreferences.recentFiles(), folder -> { }), 1260, 780));
        stage.show();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("gaussian-bumps");
    }

    @Test
    void theTableShowsTheSelectedRunAtTheCurrentStep(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.runs().selectedProperty().get() != null
                && vm.runs().selectedProperty().get().trajectoryProperty().get() != null
                && vm.playback().lastStepProperty().get() > 2);
        robot.interact(() -> vm.playback().seek(2));
        WaitForAsyncUtils.waitForFxEvents();
        Trajectory run = vm.runs().selectedProperty().get().trajectoryProperty().get();
        StepNumbersTable table = robot.lookup("#step-numbers").queryAs(StepNumbersTable.class);
        assertEquals(StepNumbers.of(run, 2), table.getItems());
        assertEquals("2", table.getItems().get(0).value());
        assertEquals(StepNumbers.number(run.step(2).gradNorm()), table.getItems().get(1).value());
    }
}
