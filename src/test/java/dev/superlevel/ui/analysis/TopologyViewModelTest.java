package dev.superlevel.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import org.junit.jupiter.api.Test;

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
}
