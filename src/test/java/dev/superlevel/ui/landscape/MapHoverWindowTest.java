package dev.superlevel.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.MainWindow;
import dev.superlevel.ui.WindowFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * The map's hover read-out (the status bar's right end) names the point under the pointer also while the
 * view moves under a still or dragging pointer: after a wheel zoom and during a drag-pan it is not left at
 * the point where the gesture began (found in a user-style pass).
 */
@ExtendWith(ApplicationExtension.class)
class MapHoverWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture.Shown shown = WindowFixture.showSample(stage, "himmelblau");
        vm = shown.vm();
        window = shown.window();
    }

    @BeforeEach
    void waitForTheLandscape() throws Exception {
        WindowFixture.awaitLandscape(vm);
    }

    /** Where the last mouse or scroll event on the map was, in canvas coordinates. */
    private volatile Point2D last;

    /** What the read-out should say for the pointer's canvas position in the current view. */
    private String expected() {
        PlotArea area = window.landscapeView().plotArea();
        return vm.levelSet().describePoint(area.toDomainX(last.getX()), area.toDomainY(last.getY()));
    }

    @Test
    void theReadOutFollowsTheViewUnderThePointerThroughZoomAndPan(FxRobot robot) {
        LandscapeView map = window.landscapeView();
        PlotArea area = map.plotArea();
        // away from the run's start marker (dragging a marker moves that run's start, not the view)
        double x = area.left() + area.width() * 0.2;
        double y = area.top() + area.height() * 0.8;
        map.baseCanvas().addEventFilter(MouseEvent.ANY, e -> last = new Point2D(e.getX(), e.getY()));
        map.baseCanvas().addEventFilter(ScrollEvent.ANY, e -> last = new Point2D(e.getX(), e.getY()));
        robot.moveTo(map.baseCanvas().localToScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
        String before = map.hoverTextProperty().get();
        assertEquals(expected(), before);

        robot.scroll(VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        String zoomed = map.hoverTextProperty().get();
        assertEquals(expected(), zoomed, "after a wheel zoom");

        // a pan moves the view with the pointer: the point under it, and so the read-out, stay the same
        robot.press(MouseButton.PRIMARY).moveBy(60, -40);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected(), map.hoverTextProperty().get(), "during a drag-pan");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReadOutFollowsADraggedStartMarker(FxRobot robot) {
        LandscapeView map = window.landscapeView();
        map.baseCanvas().addEventFilter(MouseEvent.ANY, e -> last = new Point2D(e.getX(), e.getY()));
        double[] start = vm.runs().runs().get(0).start();
        PlotArea area = map.plotArea();
        robot.moveTo(map.baseCanvas().localToScreen(area.toScreenX(start[0]), area.toScreenY(start[1])));
        WaitForAsyncUtils.waitForFxEvents();
        String before = map.hoverTextProperty().get();
        robot.press(MouseButton.PRIMARY).moveBy(50, 30);
        WaitForAsyncUtils.waitForFxEvents();
        String dragging = map.hoverTextProperty().get();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, dragging, "the marker moved with the pointer to another point");
        assertEquals(expected(), dragging);
    }
}
