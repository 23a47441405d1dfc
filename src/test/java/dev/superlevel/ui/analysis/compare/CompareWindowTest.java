package dev.superlevel.ui.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.render.RunPalette;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.files.MemoryPreferences;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.runs.RunViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The Compare dialog driven like a user in the real window: Analysis ▸ Compare optimizers…, tick two optimizers,
 * type a sweep, Run, sort the table by a column, export the CSV, add the best runs to the runs list.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private AppViewModel vm;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private GatedExecutor gate;

    /** The app's executor, but work submitted while a gate is set waits (off the FX thread) until it opens. */
    private static final class GatedExecutor implements BackgroundExecutor {
        private final BackgroundExecutor inner;
        private volatile CountDownLatch closed;
        /** Held works submitted, and those of them that have returned or thrown since. */
        private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger heldDone = new java.util.concurrent.atomic.AtomicInteger();

        GatedExecutor(BackgroundExecutor inner) {
            this.inner = inner;
        }

        @Override
        public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            CountDownLatch mine = closed;
            if (mine == null) {
                inner.submit(work, onSuccess, onFailure);
                return;
            }
            held.incrementAndGet();
            inner.submit(cancel -> {
                try {
                    mine.await();
                    return work.apply(cancel);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } finally {
                    heldDone.incrementAndGet();
                }
            }, onSuccess, onFailure);
        }

        @Override
        public void publish(Runnable action) {
            inner.publish(action);
        }
    }

    @Start
    void start(Stage stage) {
        GatedExecutor executor = new GatedExecutor(new FxBackgroundExecutor(2));
        gate = executor;
        vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        stage.setScene(new Scene(new MainWindow(vm, executor, dialogs, MemoryPreferences.recentFiles(), folder -> { }),
                1260, 780));
        stage.show();
        vm.landscape().resolutionProperty().set(96);
        vm.loadSample("himmelblau");
    }

    private boolean settled() {
        return vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && vm.landscape().dataProperty().get().function() == vm.landscape().functionProperty().get()
                && !vm.runs().runs().isEmpty()
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @Test
    void menuDialogRunSortAddBestRuns(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil(this::settled);
        RunViewModel selected = vm.runs().selectedProperty().get();
        robot.clickOn("Analysis").clickOn("Compare optimizers…");
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup("#compare-dialog").query();
        double[] start = selected.effectiveStart();
        assertEquals(start[0] + "," + start[1], robot.lookup("#compare-start").queryTextInputControl().getText(),
                "the start defaults to the selected run's");

        robot.clickOn("#compare-opt-gd");  // gd and adam are ticked at first: gd off, momentum on
        robot.clickOn("#compare-opt-momentum");
        type(robot, "#compare-lr-count", "x");
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rates: not a whole number: 'x'", robot.lookup("#compare-error").queryAs(Label.class).getText());

        type(robot, "#compare-lr-min", "1e-3");
        type(robot, "#compare-lr-max", "0.1");
        type(robot, "#compare-lr-count", "4");
        type(robot, "#compare-steps", "150");
        type(robot, "#compare-target", "1");
        robot.clickOn("#compare-run");
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 8 && !robot.lookup("#compare-run").query().isDisabled());
        assertEquals("", robot.lookup("#compare-error").queryAs(Label.class).getText());
        assertEquals(List.of(OptimizerKind.MOMENTUM, OptimizerKind.ADAM), table.getItems().stream()
                .map(r -> ((ComparisonRow) r).optimizer()).distinct().toList());

        robot.clickOn(robot.lookup(".column-header").lookup("final loss").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<ComparisonRow> shown = table.getItems().stream().map(ComparisonRow.class::cast).toList();
        List<ComparisonRow> byFinalLoss = shown.stream().sorted(Comparator.comparingDouble(
                r -> r.finalLoss() < Double.POSITIVE_INFINITY && r.status().name().equals("COMPLETED")
                        ? r.finalLoss() : Double.POSITIVE_INFINITY)).toList();
        assertEquals(byFinalLoss, shown, "sorted by final loss, ascending");
        assertTrue(shown.get(0).best(), "the lowest final loss of all is its optimizer's best rate");

        Path csv = dir.resolve("comparison.csv");
        dialogs.answer(csv);
        robot.clickOn("#compare-export");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,lr,final_loss,best_loss,steps_to_target,violations,status,best,basin_switches",
                lines.get(0));
        assertEquals(9, lines.size());

        int before = vm.runs().runs().size();
        robot.clickOn("#compare-add-best");
        WaitForAsyncUtils.waitForFxEvents();
        List<ComparisonRow> best = shown.stream().filter(ComparisonRow::best)
                .sorted(Comparator.comparing(ComparisonRow::optimizer)).toList();
        assertEquals(2, best.size());
        assertEquals(before + 2, vm.runs().runs().size());
        ListView<?> list = robot.lookup("#run-list").queryAs(ListView.class);
        assertEquals(before + 2, list.getItems().size());
        for (int k = 0; k < 2; k++) {
            RunViewModel run = vm.runs().runs().get(before + k);
            // the run carries the swept rate exactly; its name shows it to 4 digits (RunNamesTest)
            String exact = new java.math.BigDecimal(Double.toString(best.get(k).learningRate())).toPlainString();
            assertEquals(exact, run.validSettings().get("lr"));
            assertEquals(best.get(k).optimizer().cliName() + " · " + selected.validSettings().get("schedule")
                    + " · lr " + dev.superlevel.render.Ticks.format(best.get(k).learningRate()), run.displayName());
        }
        // QA 108: run 1 has palette colour 0, so the optimizers' colours (0, 1) give way to the free ones (1, 2)
        assertEquals(1, before);
        assertEquals(List.of(RunPalette.argb(0), RunPalette.argb(1), RunPalette.argb(2)),
                vm.runs().runs().stream().map(RunViewModel::argb).toList(), "every run in its own colour");
        assertNotEquals(null, dialog.getScene().getWindow());
        assertEquals(List.of(), dialogs.errors());
        assertTrue(dialog.getScene().getWindow().isShowing(), "the dialog stays open (non-modal)");
    }

    /*
     * The comparison's work is held back (off the FX thread) after Run: the window answers clicks, Cancel stops
     * it, Run is enabled again, and the work released afterwards leaves no rows.
     */
    @Test
    void cancelStopsARunningComparisonAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        waitUntil(this::settled);
        robot.clickOn("Analysis").clickOn("Compare optimizers…");
        WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch held = new CountDownLatch(1);
        gate.closed = held;
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitForFxEvents();
        gate.closed = null;
        Node run = robot.lookup("#compare-run").query();
        Node cancel = robot.lookup("#compare-cancel").query();
        assertTrue(run.isDisabled(), "Run is disabled while the comparison runs");
        assertFalse(cancel.isDisabled());
        assertEquals("running 14 runs…", robot.lookup("#compare-status").queryAs(Label.class).getText());
        robot.clickOn("#compare-opt-nesterov");  // the window answers while the work is held
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compare-opt-nesterov").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#compare-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cancelled", robot.lookup("#compare-status").queryAs(Label.class).getText());
        assertFalse(run.isDisabled());
        assertTrue(cancel.isDisabled());
        assertEquals(1, gate.held.get(), "one comparison was held");
        held.countDown();
        waitUntil(() -> gate.heldDone.get() == 1);  // the released work has ended (cancelled) by now
        assertTrue(robot.lookup("#compare-table").queryAs(TableView.class).getItems().isEmpty());
        assertEquals("cancelled", robot.lookup("#compare-status").queryAs(Label.class).getText());
    }
}
