package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Messages about bad values in the side columns' fields are readable whole (found in a user-style pass).
 * A λ that is not a number (found in a user-style pass: the field turned red, the "λ =" label shrank to
 * "…", the buttons to "◀ ev…", and nothing said why): a message under the field says what is wrong, the
 * label and buttons keep their text, λ stays, and a valid λ clears it all. A view range the wrong way
 * round is explained in full, wrapped to the column's width (it was cut to "…must be less than xma…").
 */
@ExtendWith(ApplicationExtension.class)
class FieldProblemsWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = WindowFixture.showSample(stage, "himmelblau").vm();
    }

    @BeforeEach
    void waitForTheLandscape() throws Exception {
        WindowFixture.awaitLandscape(vm);
    }

    private static boolean wholeText(Labeled l) {
        return l.getWidth() >= l.prefWidth(-1) - 0.5;
    }

    @Test
    void aWordInTheLambdaFieldIsExplainedAndNothingIsCutOrLost(FxRobot robot) {
        double lambda = vm.levelSet().lambdaProperty().get();
        robot.doubleClickOn("#lambda-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#lambda-problem").queryAs(Label.class);
        assertTrue(problem.isVisible(), "a message says what is wrong");
        assertEquals("λ must be a number, e.g. 0.8 or 1e-3; \"abc\" is not one", problem.getText());
        assertEquals(lambda, vm.levelSet().lambdaProperty().get(), "λ stays");
        Parent row = robot.lookup("#lambda-field").query().getParent();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof Label || n instanceof Button) {
                assertTrue(wholeText((Labeled) n), ((Labeled) n).getText() + " is cut");
            }
        }

        robot.doubleClickOn("#lambda-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("12.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.5, vm.levelSet().lambdaProperty().get());
        assertFalse(problem.isVisible(), "a valid λ clears the message");
        assertFalse(robot.lookup("#lambda-field").query().getStyleClass().contains("invalid"));
    }

    @Test
    void aViewRangeTheWrongWayRoundIsExplainedInFull(FxRobot robot) {
        robot.doubleClickOn("#domain-xmin").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#domain-problem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("domain: xmin must be less than xmax"), problem.getText());
        assertTrue(problem.isManaged() && problem.getHeight() > 0, "shown");
        // wrapped whole: the lines it needs at its width fit its height (no ellipsis)
        double needed = problem.prefHeight(problem.getWidth());
        assertTrue(problem.getHeight() >= needed - 0.5, problem.getHeight() + " < " + needed);
        assertTrue(problem.getWidth() <= problem.getParent().getLayoutBounds().getWidth() + 0.5, "within the column");
        assertTrue(needed > problem.getFont().getSize() * 2, "the message needs more than one line here");
    }

    @Test
    void aFixedRunValueLeavesNoEmptyErrorLineInTheEditor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runs().runs().isEmpty()
                && vm.runs().selectedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#run-error").queryAs(Label.class);
        assertFalse(error.isManaged(), "no error, no line");
        robot.interact(() -> vm.runs().selectedProperty().get().set("lr", "abc"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#run-error").queryAs(Label.class).isManaged());
        Label shown = robot.lookup("#run-error").queryAs(Label.class);
        assertTrue(shown.isVisible() && !shown.getText().isEmpty(), shown.getText());
        robot.interact(() -> vm.runs().selectedProperty().get().set("lr", "0.05"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#run-error").queryAs(Label.class).isManaged());
    }

    @Test
    void aDataSetsReadOnlyFormulaDoesNotLookLikeAField(FxRobot robot) throws Exception {
        javafx.scene.control.TextField field = robot.lookup("#expression-field").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.paint.Paint editable = field.getBackground().getFills().get(field.getBackground().getFills().size() - 1).getFill();
        robot.interact(() -> vm.loadSample("blobs-logistic"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !field.isEditable());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, field.getBackground().getFills().size(), "one flat fill: no field border");
        assertEquals(Color.web("#eef0f3"), field.getBackground().getFills().get(0).getFill());
        assertTrue(!editable.equals(field.getBackground().getFills().get(0).getFill()));
    }

    @Test
    void theToolbarButtonsTakeNoFocus(FxRobot robot) {
        java.util.Set<Node> buttons = robot.lookup(".tool-bar .button").queryAll();
        buttons.addAll(robot.lookup(".tool-bar .toggle-button").queryAll());
        assertEquals(4, buttons.size(), "Open, Reset view, Export PNG, 3-D");
        for (Node b : buttons) {
            assertFalse(b.isFocusTraversable(), b + " would show a focus ring and take Space");
        }
    }
}
