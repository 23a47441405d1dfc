package dev.superlevel.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

class TopologyViewModelTest {

    /** (x² − 1)² + y² on 5 × 5 samples of [−2, 2] × [0, 1] (see SummaryCommandTest for the numbers). */
    private static LandscapeData twoWells() {
        GridSpec spec = new GridSpec(new Domain(-2, 2, 0, 1), 5, 5);
        double[] v = new double[spec.size()];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                double x = spec.x(i);
                double y = spec.y(j);
                v[j * 5 + i] = (x * x - 1) * (x * x - 1) + y * y;
            }
        }
        return new LandscapeData(null, new SampledField(spec, v), ColorScale.LINEAR, new int[0], null, 0);
    }

    @Test
    void aNewLandscapeGivesTheSummaryLine() {
        SimpleObjectProperty<LandscapeData> data = new SimpleObjectProperty<>();
        TopologyViewModel vm = new TopologyViewModel(data, new SimpleDoubleProperty(5), new SameThreadExecutor());
        data.set(twoWells());
        assertEquals("2 minima \u00b7 3 maxima \u00b7 persistence mean 1, max 1", vm.summaryTextProperty().get());
        assertEquals(2, vm.resultProperty().get().profile().valleys().size());
    }

    @Test
    void selectingABasinSetsLambdaToItsMinimum() {
        SimpleDoubleProperty lambda = new SimpleDoubleProperty(5);
        TopologyViewModel vm = new TopologyViewModel(new SimpleObjectProperty<>(twoWells()), lambda,
                new SameThreadExecutor());
        vm.selectBasin(1);
        assertEquals(0.0, lambda.get());
        vm.hoveredBasinProperty().set(1);
        assertEquals(1.0, vm.hoveredBranch().death());
        vm.hoveredBasinProperty().set(7);
        assertNull(vm.hoveredBranch());
    }

    /*
     * The right well B = basin 1 (the left minimum at index 1 is older by the index tie-break). Flooding: B's
     * column x = 1 enters at y² = 0, 1/16, 1/4, 9/16 (indices 3, 8, 13, 18); the saddle (0, 0) at level 1
     * (index 2) merges B into A before (1, 1) (index 23, also level 1) enters, so that one and the x = 2 column
     * (levels ≥ 9) belong to A. So B's cells are {3, 8, 13, 18}, the 4 samples summary gives as its size.
     */
    @Test
    void aHoveredValleysCellsAreExactlyItsBasinsBranch() {
        LandscapeData data = twoWells();
        TopologyViewModel vm = new TopologyViewModel(new SimpleObjectProperty<>(data), new SimpleDoubleProperty(5),
                new SameThreadExecutor());
        assertArrayEquals(new int[0], vm.hoveredCells());
        assertNull(vm.hoveredLegend());
        vm.hoveredBasinProperty().set(1);
        assertArrayEquals(new int[] {3, 8, 13, 18}, vm.hoveredCells());
        assertEquals("basin 1: min 0 at (1, 0)", vm.hoveredLegend());
        MergeTree tree = MergeTree.sublevel(data.field(), Connectivity.CONTOUR, 0, Cancellation.NONE);
        for (int id = 0; id < 2; id++) {
            vm.hoveredBasinProperty().set(id);
            int b = id;
            int[] members = IntStream.range(0, 25).filter(p -> tree.basinOf(p) == b).toArray();
            assertArrayEquals(members, vm.hoveredCells());
            assertEquals(tree.branches().get(id).size(), vm.hoveredCells().length);
        }
        vm.hoveredBasinProperty().set(0);
        assertEquals(21, vm.hoveredCells().length);
        assertEquals("basin 0: min 0 at (-1, 0)", vm.hoveredLegend());
        BasinHighlightLayer layer = new BasinHighlightLayer(vm);
        assertEquals(List.of("basin 0: min 0 at (-1, 0)"), layer.legendEntries());
        vm.hoveredBasinProperty().set(-1);  // the pointer left the profile
        assertEquals(List.of(), layer.legendEntries());
        assertArrayEquals(new int[0], vm.hoveredCells());
    }

    @Test
    void clickingAValleySetsLambdaToItsBirthAndANewLandscapeClearsTheHover() {
        SimpleDoubleProperty lambda = new SimpleDoubleProperty(5);
        SimpleObjectProperty<LandscapeData> data = new SimpleObjectProperty<>(twoWells());
        TopologyViewModel vm = new TopologyViewModel(data, lambda, new SameThreadExecutor());
        vm.hoveredBasinProperty().set(1);
        vm.selectBasin(vm.hoveredBasinProperty().get());
        assertEquals(0.0, lambda.get());  // B's minimum (1, 0): (1 − 1)² + 0
        data.set(twoWells());
        assertEquals(-1, vm.hoveredBasinProperty().get());
        assertNull(vm.hoveredLegend());
    }

    /** The cell edges lie half a grid step either side of the nodes: x = −2 … 2 in steps of 1, y = 0 … 1 in 0.25. */
    @Test
    void cellsReachHalfAStepAroundTheirNode() {
        GridSpec spec = twoWells().field().spec();
        assertEquals(-2.5, BasinHighlightLayer.edgeX(spec, 0));
        assertEquals(1.5, BasinHighlightLayer.edgeX(spec, 4));
        assertEquals(2.5, BasinHighlightLayer.edgeX(spec, 5));
        assertEquals(-0.125, BasinHighlightLayer.edgeY(spec, 0));
        assertEquals(1.125, BasinHighlightLayer.edgeY(spec, 5));
    }

    @Test
    void theLogAxisFollowsTheColourScaleOfEachNewFunctionAndKeepsTheUsersChoiceOtherwise() {
        LandscapeData linear = twoWells();
        LandscapeData log = new LandscapeData(null, linear.field(), ColorScale.LOG, new int[0], null, 0);
        SimpleObjectProperty<LandscapeData> data = new SimpleObjectProperty<>(linear);
        TopologyViewModel vm = new TopologyViewModel(data, new SimpleDoubleProperty(5), new SameThreadExecutor());
        assertFalse(vm.logDepthProperty().get());
        data.set(log);
        assertTrue(vm.logDepthProperty().get());
        vm.logDepthProperty().set(false);  // the user's toggle
        data.set(new LandscapeData(null, linear.field(), ColorScale.LOG, new int[0], null, 0));  // e.g. a zoom
        assertFalse(vm.logDepthProperty().get());
        data.set(linear);
        data.set(log);
        assertTrue(vm.logDepthProperty().get());
    }
}
