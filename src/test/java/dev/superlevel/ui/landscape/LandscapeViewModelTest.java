package dev.superlevel.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import org.junit.jupiter.api.Test;

class LandscapeViewModelTest {

    private final LandscapeViewModel vm = new LandscapeViewModel(new SameThreadExecutor());

    LandscapeViewModelTest() {
        vm.resolutionProperty().set(64);
        vm.show(ExpressionCompiler.compile("x^2 + y"), new Domain(-2, 2, -1, 3));
    }

    @Test
    void showingAFunctionSamplesItOverItsDomain() {
        LandscapeData data = vm.dataProperty().get();
        assertNotNull(data);
        assertEquals(64, data.field().nx());
        assertEquals(-1 + 4.0, data.field().value(0, 0) + 0, 1e-12);
        assertEquals(4 + 3.0, data.field().value(63, 63), 1e-12);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorFixed() {
        vm.zoom(0.5, 1, 2);
        Domain d = vm.viewDomainProperty().get();
        assertEquals(new Domain(-0.5, 1.5, 0.5, 2.5), d);
        assertEquals(d, vm.dataProperty().get().field().spec().domain(), "re-sampled the new region");
    }

    @Test
    void panAndResetView() {
        vm.pan(1, -1);
        assertEquals(new Domain(-1, 3, -2, 2), vm.viewDomainProperty().get());
        vm.resetView();
        assertEquals(new Domain(-2, 2, -1, 3), vm.viewDomainProperty().get());
    }
}
