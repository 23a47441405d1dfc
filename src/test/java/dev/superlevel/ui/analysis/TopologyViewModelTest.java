package dev.superlevel.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.ProfileAxis;
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

    /** A stand-in loss: the view-model only compares functions by identity. */
    private static LossFunction anyFunction() {
        return new LossFunction() {
            @Override
            public double value(double x, double y) {
                return 0;
            }

            @Override
            public dev.superlevel.core.function.Derivatives derivatives(double x, double y) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /*
     * Two wells: B is 1 deep in a range of 10, 10 % ≥ 5 %: linear. Raising B's column x = 1 by 0.7 puts its
     * minimum at 0.7 while its rim, the saddle (0, 0), stays at 1 (the x = 0 column separates the wells, its
     * lowest value is 1): 0.3 deep, 3 % of the range, a sliver: rank.
     */
    @Test
    void eachNewFunctionStartsLinearUnlessABasinWouldBeASliverAndZoomingKeepsTheUsersAxis() {
        LandscapeData wells = twoWells();
        LossFunction f = anyFunction();
        SimpleObjectProperty<LandscapeData> data = new SimpleObjectProperty<>(withFunction(wells, f, wells.field()));
        TopologyViewModel vm = new TopologyViewModel(data, new SimpleDoubleProperty(5), new SameThreadExecutor());
        assertEquals(ProfileAxis.LINEAR, vm.axisProperty().get());
        vm.axisProperty().set(ProfileAxis.LOG);  // the user's choice
        data.set(withFunction(wells, f, twoWells().field()));  // the same function resampled (a zoom)
        assertEquals(ProfileAxis.LOG, vm.axisProperty().get());
        SampledField shallow = raisedRightWell(wells.field());
        data.set(withFunction(wells, anyFunction(), shallow));
        assertEquals(0.3, vm.resultProperty().get().profile().valleys().get(1).depth(), 1e-15);
        assertEquals(ProfileAxis.RANK, vm.axisProperty().get());
    }

    /** The two wells with the column x = 1 (i = 3) raised by 0.7. */
    static SampledField raisedRightWell(SampledField wells) {
        double[] v = wells.values().clone();  // values() is the field's own array
        for (int j = 0; j < 5; j++) {
            v[j * 5 + 3] += 0.7;
        }
        return new SampledField(wells.spec(), v);
    }

    private static LandscapeData withFunction(LandscapeData d, LossFunction f, SampledField field) {
        return new LandscapeData(f, field, d.scale(), new int[0], null, 0);
    }
}
