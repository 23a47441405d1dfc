package dev.superlevel.ui.analysis.internals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** The arrows follow the toggle, the selected run, the current step and a recomputed run. */
class InternalsViewModelTest {

    private final RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final InternalsViewModel vm;

    InternalsViewModelTest() {
        runs.lossProperty().set(ExpressionCompiler.compile("x^2 + y^2"));
        playback.lastStepProperty().set(100);
        vm = new InternalsViewModel(runs, playback);
    }

    private RunViewModel add(String optimizer) {
        return runs.add(Map.of("optimizer", optimizer, "lr", "0.1", "schedule", "constant", "steps", "4",
                "start", "1,2"));
    }

    @Test
    void nothingIsShownUntilTurnedOn() {
        add("momentum");
        assertEquals(List.of(), vm.arrowsProperty().get());
        assertEquals(-1, vm.rowProperty().get());
        vm.showingProperty().set(true);
        assertEquals(4, vm.arrowsProperty().get().size());
        vm.showingProperty().set(false);
        assertEquals(List.of(), vm.arrowsProperty().get());
    }

    /** Row 1 of momentum on x² + y² from (1, 2): −m = −(3.4, 6.8), Δθ = (−0.34, −0.68) (see StepArrowsTest). */
    @Test
    void theArrowsAreThoseOfTheCurrentStep() {
        Trajectory run = add("momentum").trajectoryProperty().get();
        vm.showingProperty().set(true);
        playback.seek(1);
        assertEquals(1, vm.rowProperty().get());
        assertEquals(StepArrows.of(run, 1), vm.arrowsProperty().get());
        Arrow buffer = vm.arrowsProperty().get().get(1);
        assertEquals(ArrowKind.BUFFER, buffer.kind());
        assertEquals(-3.4, buffer.vx(), 1e-12);
        assertEquals(-6.8, buffer.vy(), 1e-12);
        playback.seek(2);
        assertEquals(StepArrows.of(run, 2), vm.arrowsProperty().get());
    }

    /** Past the run's end the last row is shown, and the last row has no update, so no arrows. */
    @Test
    void pastTheEndTheLastRowShowsNoArrows() {
        add("gd");
        vm.showingProperty().set(true);
        playback.seek(50);
        assertEquals(4, vm.rowProperty().get());
        assertEquals(List.of(), vm.arrowsProperty().get());
    }

    @Test
    void selectingAnotherRunOrRecomputingItFollows() {
        RunViewModel gd = add("gd");
        RunViewModel adam = add("adam");
        vm.showingProperty().set(true);
        assertEquals(StepArrows.of(adam.trajectoryProperty().get(), 0), vm.arrowsProperty().get());
        runs.selectedProperty().set(gd);
        assertEquals(StepArrows.of(gd.trajectoryProperty().get(), 0), vm.arrowsProperty().get());
        gd.set("optimizer", "mechanic");
        List<ArrowKind> kinds = vm.arrowsProperty().get().stream().map(Arrow::kind).toList();
        assertEquals(StepArrows.of(gd.trajectoryProperty().get(), 0), vm.arrowsProperty().get());
        assertEquals(true, kinds.contains(ArrowKind.REFERENCE));
        runs.removeSelected();
        assertEquals(StepArrows.of(runs.selectedProperty().get().trajectoryProperty().get(), 0),
                vm.arrowsProperty().get());
    }
}
