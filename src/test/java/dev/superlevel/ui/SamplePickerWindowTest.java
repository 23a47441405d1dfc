package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.ui.function.SampleFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The sample picker as people use pickers (found in a user-style pass): Enter in the search box loads the
 * first match and ↓ moves into the list; a click on a visible entry loads it without scrolling the list
 * under the pointer; the selected entry's formula stays readable on the focused list's selection bar.
 */
@ExtendWith(ApplicationExtension.class)
class SamplePickerWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = WindowFixture.showSample(stage, "himmelblau").vm();
    }

    @BeforeEach
    void waitForTheFirstLandscape() throws Exception {
        WindowFixture.awaitLandscape(vm);
    }

    private String loaded() {
        SampleFunction s = vm.function().currentProperty().get();
        return s == null ? null : s.name();
    }

    @Test
    void enterInTheSearchBoxLoadsTheFirstMatchTypingAloneDoesNot(FxRobot robot) {
        robot.clickOn("#function-search").write("rosen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("himmelblau", loaded(), "typing only filters");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rosenbrock", loaded());
    }

    @Test
    void downMovesIntoTheListAtItsFirstEntryAndEnterThenLoadsIt(FxRobot robot) {
        robot.clickOn("#function-search").write("r");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#function-list").queryAs(ListView.class);
        assertTrue(list.isFocused(), "the list has the focus");
        assertEquals(0, list.getSelectionModel().getSelectedIndex());
        assertEquals("himmelblau", loaded(), "moving into the list loads nothing");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(list.getItems().get(1), vm.function().currentProperty().get());
    }

    @Test
    void aClickedEntryLoadsWithoutTheListScrollingUnderThePointer(FxRobot robot) {
        ListView<?> list = robot.lookup("#function-list").queryAs(ListView.class);
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        int first = flow.getFirstVisibleCell().getIndex();
        // the third visible entry, or the fourth if the third is the loaded one
        int index = list.getItems().get(first + 2) == vm.function().currentProperty().get() ? first + 3 : first + 2;
        ListCell<?> target = (ListCell<?>) robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c
                && c.getIndex() == index && !c.isEmpty() && c.isVisible()).query();
        Object item = target.getItem();
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(item, vm.function().currentProperty().get(), "the click loaded the entry");
        assertEquals(first, flow.getFirstVisibleCell().getIndex(), "and the list did not scroll");
    }

    @Test
    void theSelectedFormulaIsReadableOnTheFocusedListsSelectionBar(FxRobot robot) {
        ListView<?> list = robot.lookup("#function-list").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Node selected = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.isSelected()).query();
        Label formula = (Label) selected.lookup(".sample-formula");
        Color text = (Color) formula.getTextFill();
        assertTrue(text.getBrightness() > 0.8, "light text on the blue bar, was " + text);
    }
}
