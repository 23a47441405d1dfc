package dev.superlevel.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.runs.RunViewModel;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A run hidden with its check box in the runs list leaves the four charts' legends (its lines already leave
 * the charts), and stays hidden when the session is saved and opened again.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenRunsInWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        window = new MainWindow(vm, executor, new RecordingDialogs(), MemoryPreferences.recentFiles(), folder -> { });
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        vm.landscape().resolutionProperty().set(64);
        vm.loadSample("himmelblau");
    }

    @BeforeEach
    void addASecondRun(FxRobot robot) throws Exception {
        waitUntil(() -> vm.landscape().dataProperty().get() != null && vm.runs().runs().size() == 1);
        robot.interact(() -> vm.runs().add(Map.of("start", "-3,-3", "steps", "50", "lr", "0.01")));
        waitUntil(this::settled);
    }

    private boolean settled() {
        return !vm.landscape().busyProperty().get() && vm.runs().runs().size() == 2
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null)
                && vm.playback().lastStepProperty().get() > 0;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> legend(ChartKind kind) {
        LegendItemCollection items = window.liveCharts().chart(kind).getXYPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        return labels;
    }

    @Test
    void aHiddenRunLeavesEveryChartLegendAndComesBackWhenShown(FxRobot robot) {
        RunViewModel first = vm.runs().runs().get(0);
        RunViewModel second = vm.runs().runs().get(1);
        for (ChartKind kind : ChartKind.values()) {
            assertTrue(legend(kind).containsAll(List.of(first.displayName(), second.displayName())), kind.title());
        }
        robot.clickOn("#run-visible-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(second.visibleProperty().get());
        for (ChartKind kind : ChartKind.values()) {
            assertTrue(legend(kind).contains(first.displayName()), kind.title());
            assertFalse(legend(kind).contains(second.displayName()), kind.title() + ": " + legend(kind));
        }
        robot.clickOn("#run-visible-1");
        WaitForAsyncUtils.waitForFxEvents();
        for (ChartKind kind : ChartKind.values()) {
            assertTrue(legend(kind).contains(second.displayName()), kind.title());
        }
    }

    @Test
    void aHiddenRunStaysHiddenAfterSaveAndReopen(FxRobot robot) throws Exception {
        robot.clickOn("#run-visible-1");
        WaitForAsyncUtils.waitForFxEvents();
        String[] json = new String[1];
        robot.interact(() -> json[0] = SessionFile.toJson(vm.session(false)));
        Session saved = SessionFile.fromJson(json[0], "saved.json");
        assertEquals(List.of(true, false), saved.runs().stream().map(r -> r.visible()).toList());
        // everything shown again, then the saved session reopened
        robot.interact(() -> vm.runs().runs().forEach(r -> r.visibleProperty().set(true)));
        robot.interact(() -> vm.applySession(saved));
        waitUntil(this::settled);
        assertEquals(List.of(true, false), vm.runs().runs().stream().map(r -> r.visibleProperty().get()).toList());
        RunViewModel hidden = vm.runs().runs().get(1);
        assertFalse(legend(ChartKind.LOSS).contains(hidden.displayName()), legend(ChartKind.LOSS).toString());
    }
}
