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
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.WindowFixture;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.PlotArea;
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
        WindowFixture.Shown shown = WindowFixture.show(stage);
        vm = shown.vm();
        window = shown.window();
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

    @Test
    void compareBasinsWithListsTheOtherRunsOnly(FxRobot robot) {
        List<String> alone = new java.util.ArrayList<>();
        robot.interact(() -> BasinsTool.compareItems(basins()).forEach(i -> alone.add(i.getText())));
        assertEquals(java.util.Arrays.asList("(no other run: add one in the runs list)", null, "Stop comparing"), alone,
                "one run: nothing to compare with");
        robot.interact(() -> vm.runs().add(java.util.Map.of("optimizer", "gd", "lr", "0.015", "start", "-1,-1")));
        RunViewModel selected = vm.runs().selectedProperty().get();
        RunViewModel other = vm.runs().runs().get(0);
        List<String> names = new java.util.ArrayList<>();
        robot.interact(() -> BasinsTool.compareItems(basins()).forEach(i -> names.add(i.getText())));
        assertEquals(java.util.Arrays.asList(other.displayName(), null, "Stop comparing"), names,
                "the selected run (" + selected.displayName() + ") is not offered: its basins are the ones shown");
    }

    @Test
    void compareWithCountsTheChangedDestinationsInTheLegend(FxRobot robot) throws Exception {
        robot.interact(() -> vm.runs().add(java.util.Map.of("optimizer", "gd", "lr", "0.015", "steps", "400",
                "start", "-1,-1")));
        RunViewModel constant = vm.runs().selectedProperty().get();
        RunViewModel paper = vm.runs().runs().get(0);
        robot.clickOn("Analysis").clickOn("Basins lattice").clickOn("16 \u00d7 16 starts");
        robot.clickOn("Analysis").clickOn("Compare basins with");
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll()).lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Labeled l && paper.displayName().equals(l.getText())).<javafx.scene.Node>query());
        waitUntil(() -> basins().stateProperty().get() == BasinsViewModel.State.SHOWN
                && basins().resultProperty().get().compare() != null);
        BasinsViewModel.Result r = basins().resultProperty().get();
        assertEquals(constant.configProperty().get().learningRate(), r.map().config().learningRate());
        int changed = r.map().changedStarts(r.compare()).length;
        assertTrue(changed > 0, "constant and exp-norm differ somewhere on Himmelblau's rim");
        List<String> legend = window.landscapeView().legendEntries();
        assertTrue(legend.contains("changed destination (" + changed + " of 256)"), legend.toString());
        assertTrue(legend.contains("compared with: " + paper.displayName() + " (lower-left half of a changed cell)"),
                legend.toString());
    }

    @Test
    void cancelStopsALongComputationAndKeepsTheLayerOn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.runs().selectedProperty().get().set("steps", "4000");
            basins().sideProperty().set(256);  // 256² × 4000 steps: long enough to be cancelled by hand
        });
        robot.clickOn("Analysis").clickOn("Basins of the selected run");
        waitUntil(() -> window.lookup("#basins-progress").isVisible());
        robot.clickOn(window.lookup("#basins-cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BasinsViewModel.State.CANCELLED, basins().stateProperty().get());
        assertEquals(false, window.lookup("#basins-progress").isVisible());
        assertEquals(true, basins().enabledProperty().get());
    }
}
