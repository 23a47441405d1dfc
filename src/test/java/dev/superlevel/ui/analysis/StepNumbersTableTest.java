package dev.superlevel.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The step read-out shows the run's recorded numbers (hand-checked on a quadratic). */
@ExtendWith(ApplicationExtension.class)
class StepNumbersTableTest {

    private StepNumbersTable table;

    @Start
    void start(Stage stage) {
        table = new StepNumbersTable();
        stage.setScene(new Scene(table, 400, 400));
        stage.show();
    }

    /** GD with rate 0.1 on L = x² + y² from (1, 2): g = (2, 4), Δθ = (−0.2, −0.4), θ₁ = (0.8, 1.6). */
    private static Trajectory quadraticRun() {
        RunConfig cfg = RunConfig.defaults(OptimizerKind.GD).withLearningRate(0.1).withSteps(3).withStart(1, 2);
        return TrajectoryRunner.run(ExpressionCompiler.compile("x^2 + y^2"), cfg, Cancellation.NONE);
    }

    @Test
    void theFirstStepOfGradientDescentOnAQuadratic(FxRobot robot) {
        Trajectory run = quadraticRun();
        robot.interact(() -> table.show(run, 0));
        WaitForAsyncUtils.waitForFxEvents();
        List<StepNumbers.Entry> rows = table.getItems();
        // ‖g‖ = √20; ΔL = 0.8² + 1.6² − 5 = −1.8; Taylor 1st = g·Δθ = −2; 2nd adds ½ΔθᵀHΔθ = 0.2 → −1.8
        assertEquals(List.of(
                new StepNumbers.Entry("step t", "0"),
                new StepNumbers.Entry("\u2016g\u2016", "4.47214"),
                new StepNumbers.Entry("\u03b1_t", "0.100000"),
                new StepNumbers.Entry("S_t", "\u2014"),
                new StepNumbers.Entry("\u0394L", "-1.80000"),
                new StepNumbers.Entry("Taylor 1st", "-2.00000"),
                new StepNumbers.Entry("Taylor 2nd", "-1.80000"),
                new StepNumbers.Entry("\u2212g", "(-2.00000, -4.00000)"),
                new StepNumbers.Entry("buffer / m", "\u2014"),
                new StepNumbers.Entry("scaled direction", "(-2.00000, -4.00000)"),
                new StepNumbers.Entry("reference \u0394", "\u2014"),
                new StepNumbers.Entry("\u0394\u03b8", "(-0.200000, -0.400000)")), rows);
    }

    @Test
    void theLastRowHasNoUpdateAndANullRunClears(FxRobot robot) {
        Trajectory run = quadraticRun();
        robot.interact(() -> table.show(run, 3));
        assertEquals("\u2014", table.getItems().get(11).value());
        assertEquals("\u2014", table.getItems().get(4).value());
        robot.interact(() -> table.show(null, 0));
        assertEquals(0, table.getItems().size());
        // and says what belongs there instead of JavaFX's "No content in table"
        assertTrue(robot.from(table).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.isVisible() && StepNumbersTable.EMPTY.equals(l.getText())).tryQuery().isPresent());
    }
}
