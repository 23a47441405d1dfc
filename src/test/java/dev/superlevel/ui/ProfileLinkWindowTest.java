package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.core.topology.TopologicalProfile;
import dev.superlevel.render.Ticks;
import dev.superlevel.ui.analysis.TopologyPanel;
import dev.superlevel.ui.analysis.TopologyViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Issue 10 in the real window, on the bundled surface {@code sample-functions/mlp-moons.h5} (opened as File ▸ Open
 * surface and a drop do): it starts at the median of its samples in sub-level mode; hovering a valley of the
 * profile names its basin in the map's legend and tints its cells, clicking the valley sets λ to its minimum,
 * leaving the profile clears the highlight.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileLinkWindowTest {

    /** numpy's median of the file's 101×101 train_loss (np.median; every cell is defined). */
    private static final double MEDIAN = 0.8100263788613002;

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture.Shown shown = WindowFixture.show(stage);
        vm = shown.vm();
        window = shown.window();
        stage.getScene().getStylesheets().setAll(MainWindow.stylesheet(false));
        vm.landscape().resolutionProperty().set(64);
        vm.loadSample("himmelblau");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TopologyViewModel openBundledSurface(FxRobot robot) throws Exception {
        waitUntil(() -> vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get());
        robot.interact(() -> window.openDropped(Path.of("sample-functions/mlp-moons.h5")));
        TopologyPanel panel = robot.lookup("#topology-profile").queryAs(javafx.scene.image.ImageView.class)
                .getParent() instanceof TopologyPanel p ? p : null;
        TopologyViewModel topology = panel.viewModel();
        waitUntil(() -> !vm.landscape().busyProperty().get() && vm.landscape().dataProperty().get() != null
                && vm.landscape().dataProperty().get().function() instanceof SurfaceInterpolant
                && topology.resultProperty().get() != null
                && topology.resultProperty().get().field() == vm.landscape().dataProperty().get().field());
        return topology;
    }

    @Test
    void theBundledSurfaceStartsAtTheMedianOfItsSamplesInSubLevelMode(FxRobot robot) throws Exception {
        openBundledSurface(robot);
        assertEquals(101, vm.landscape().dataProperty().get().field().nx());
        assertEquals(MEDIAN, vm.levelSet().lambdaProperty().get());
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        String shown = robot.lookup("#lambda-field").queryAs(TextField.class).getText();
        assertEquals(MEDIAN, Double.parseDouble(shown), 1e-4 * MEDIAN, shown);
    }

    @Test
    void hoveringAValleyHighlightsItsBasinOnTheMapAndClickingSetsLambda(FxRobot robot) throws Exception {
        TopologyViewModel topology = openBundledSurface(robot);
        MergeTree tree = MergeTree.sublevel(vm.landscape().dataProperty().get().field(), Connectivity.CONTOUR, 0,
                Cancellation.NONE);
        TopologicalProfile profile = TopologicalProfile.of(tree);
        // the widest own floor among the basins that merge into another: easy to point at
        TopologicalProfile.Valley valley = profile.valleys().stream().filter(v -> tree.branches().get(v.branch())
                .parent() >= 0).max((a, b) -> Double.compare(a.floorRight() - a.floorLeft(), b.floorRight()
                        - b.floorLeft())).orElseThrow();
        MergeTree.Branch branch = tree.branches().get(valley.branch());
        String entry = "basin " + branch.id() + ": min " + Ticks.format(branch.birth(), 6) + " at ("
                + Ticks.format(branch.x(), 4) + ", " + Ticks.format(branch.y(), 4) + ")";
        int[] before = WindowFixture.overlayPixels(robot);
        assertFalse(window.landscapeView().legendEntries().contains(entry));

        Node image = revealed(robot, "#topology-profile");
        Point2D onFloor = pointOnFloor(robot, image, valley, profile.total());
        robot.moveTo(onFloor);
        waitUntil(() -> topology.hoveredBasinProperty().get() == branch.id());
        assertTrue(window.landscapeView().legendEntries().contains(entry), window.landscapeView().legendEntries()
                .toString());
        assertEquals(branch.size(), topology.hoveredCells().length);
        assertFalse(Arrays.equals(before, WindowFixture.overlayPixels(robot)), "the basin is tinted on the map");

        robot.clickOn(onFloor);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(branch.birth(), vm.levelSet().lambdaProperty().get());

        robot.moveTo((Node) robot.lookup("#lambda-field").query());
        waitUntil(() -> topology.hoveredBasinProperty().get() == -1);
        assertFalse(window.landscapeView().legendEntries().contains(entry));
    }

    /** The screen point over the middle of a valley's floor (the panel's plot spans the image less 1 px a side). */
    private static Point2D pointOnFloor(FxRobot robot, Node image, TopologicalProfile.Valley valley, double total) {
        Point2D[] out = new Point2D[1];
        robot.interact(() -> {
            Bounds b = image.localToScreen(image.getBoundsInLocal());
            double mid = (valley.floorLeft() + valley.floorRight()) / 2;
            out[0] = new Point2D(b.getMinX() + 1 + mid / total * (b.getWidth() - 2), b.getMinY() + b.getHeight() / 2);
        });
        return out[0];
    }

    /** Scrolls the node's scroll pane so the node is in view (as ViewsExplainThemselvesTest does). */
    private static Node revealed(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, y / (contentHeight - viewport))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
