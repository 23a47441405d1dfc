package dev.superlevel.ui.analysis.basins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinRunner;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.PlotArea;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.runs.RunViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 14's Basins layer in the real window, driven like a user: Analysis ▸ Basins lattice ▸ 16 × 16,
 * Analysis ▸ Basins of the selected run, read the legend, click a cell, and the run from that start appears.
 */
@ExtendWith(ApplicationExtension.class)
class BasinsInWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        window = new MainWindow(vm, executor, new RecordingDialogs(), MemoryPreferences.recentFiles(), p -> { });
        Scene scene = new Scene(window, 1260, 780);
        stage.setScene(scene);
        stage.show();
        vm.landscape().resolutionProperty().set(128);
        vm.loadSample("himmelblau");
    }

    @BeforeEach
    void waitForTheLandscapeAndTheRun() throws Exception {
        waitUntil(() -> vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && vm.landscape().dataProperty().get().function() == vm.landscape().functionProperty().get()
                && vm.runs().selectedProperty().get() != null
                && vm.runs().selectedProperty().get().trajectoryProperty().get() != null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private BasinsViewModel basins() {
        return BasinsTool.of(window.landscapeView());
    }

    private void showBasins(FxRobot robot) throws Exception {
        robot.clickOn("Analysis").clickOn("Basins lattice").clickOn("16 \u00d7 16 starts");
        robot.clickOn("Analysis").clickOn("Basins of the selected run");
        waitUntil(() -> basins().stateProperty().get() == BasinsViewModel.State.SHOWN);
    }

    @Test
    void theMenuShowsTheSelectedRunsBasinsInTheLegend(FxRobot robot) throws Exception {
        showBasins(robot);
        RunViewModel run = vm.runs().selectedProperty().get();
        List<String> legend = window.landscapeView().legendEntries();
        assertTrue(legend.stream().anyMatch(e -> e.startsWith("basins: " + run.displayName() + " (16\u00b2 starts, ")),
                legend.toString());
        LandscapeData d = vm.landscape().dataProperty().get();
        BasinMap expected = BasinRunner.run(d.function(), run.configProperty().get(),
                new Lattice(d.field().spec().domain(), 16),
                MergeTree.sublevel(d.field(), Connectivity.CONTOUR, 0, Cancellation.NONE), 1e-3, 1,
                Cancellation.NONE, k -> { });
        assertArrayEquals(expected.basins(), basins().resultProperty().get().map().basins());
        assertEquals(4, Arrays.stream(expected.basins()).filter(b -> b >= 0).distinct().count(),
                "Himmelblau's four minima");
    }

    @Test
    void clickingACellAddsTheRunFromItsLatticePoint(FxRobot robot) throws Exception {
        showBasins(robot);
        int before = vm.runs().runs().size();
        Lattice lattice = basins().resultProperty().get().map().lattice();
        int k = 4 * 16 + 13;  // i = 13, j = 4: (−5 + 13·10/15, −5 + 4·10/15) ≈ (3.67, −2.33), away from the start
        PlotArea area = window.landscapeView().plotArea();
        robot.clickOn(window.landscapeView().baseCanvas().localToScreen(area.toScreenX(lattice.x(k)),
                area.toScreenY(lattice.y(k))));
        waitUntil(() -> vm.runs().runs().size() == before + 1);
        RunViewModel added = vm.runs().selectedProperty().get();
        assertEquals(vm.runs().runs().get(before), added);
        assertArrayEquals(new double[] {lattice.x(k), lattice.y(k)}, added.start());
        waitUntil(() -> added.trajectoryProperty().get() != null);
        assertEquals(basins().resultProperty().get().map().outcomes().get(k).endX(),
                added.trajectoryProperty().get().last().x(), "the new run ends where its cell says");
        assertTrue(window.landscapeView().legendEntries().contains(added.displayName()));
    }

    @Test
    void clearBasinsRemovesTheLegendEntry(FxRobot robot) throws Exception {
        showBasins(robot);
        robot.clickOn("Analysis").clickOn("Clear basins");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.landscapeView().legendEntries().stream().noneMatch(e -> e.startsWith("basins:")),
                window.landscapeView().legendEntries().toString());
        assertEquals(BasinsViewModel.State.OFF, basins().stateProperty().get());
    }
}
