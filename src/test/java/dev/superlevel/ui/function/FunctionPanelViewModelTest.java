package dev.superlevel.ui.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.io.function.FunctionLibrary;
import org.junit.jupiter.api.Test;

class FunctionPanelViewModelTest {

    private final FunctionPanelViewModel vm =
            new FunctionPanelViewModel(FunctionPanelViewModel.adapt(FunctionLibrary.samples()));

    @Test
    void selectingASampleLoadsItsFormulaParametersAndDomain() {
        assertTrue(vm.select("rosenbrock"));
        assertEquals("(a - x)^2 + b*(y - x^2)^2", vm.expressionProperty().get());
        assertEquals(2, vm.parameters().size());
        assertEquals(-1, vm.domainProperty().get().ymin());
        assertEquals(101.0, vm.functionProperty().get().value(0, 1), 1e-12);
    }

    @Test
    void aBrokenExpressionReportsItsColumnAndKeepsTheLastValidFunction() {
        vm.select("quadratic");
        CompiledExpression valid = vm.functionProperty().get();
        vm.expressionProperty().set("x + sinn(y)");
        assertFalse(vm.validate());
        assertEquals(5, vm.problemProperty().get().column());
        assertTrue(vm.problemProperty().get().caretSnippet().contains("^"));
        assertSame(valid, vm.functionProperty().get());
    }

    @Test
    void aValidExpressionClearsTheProblem() {
        vm.expressionProperty().set("x +");
        vm.validate();
        assertNotNull(vm.problemProperty().get());
        vm.expressionProperty().set("x + y");
        assertTrue(vm.validate());
        assertNull(vm.problemProperty().get());
        assertEquals(3.0, vm.functionProperty().get().value(1, 2));
    }

    @Test
    void movingAParameterSliderChangesTheFunction() {
        vm.select("quadratic");
        ParameterState k = vm.parameters().get(0);
        k.valueProperty().set(2);
        assertEquals(0.5 * (1 + 2 * 4), vm.functionProperty().get().value(1, 2), 1e-12);
    }

    @Test
    void searchFiltersByNameTitleOrFormula() {
        vm.filterProperty().set("ROSEN");
        assertEquals(1, vm.filteredSamples().size());
        vm.filterProperty().set("exp(");
        assertTrue(vm.filteredSamples().stream().allMatch(s -> s.expression().contains("exp(")));
        vm.filterProperty().set("");
        assertEquals(vm.samples().size(), vm.filteredSamples().size());
    }

    @Test
    void aBadDomainNamesTheProblemAndKeepsTheDomain() {
        var before = vm.domainProperty().get();
        assertFalse(vm.setDomain("1", "0", "-1", "1"));
        assertTrue(vm.domainErrorProperty().get().contains("xmin"), vm.domainErrorProperty().get());
        assertSame(before, vm.domainProperty().get());
    }

    @Test
    void revalidatingAnUnchangedExpressionKeepsTheFunction() {
        vm.select("quadratic");
        CompiledExpression f = vm.functionProperty().get();
        assertTrue(vm.validate());
        assertSame(f, vm.functionProperty().get());
    }

    @Test
    void anEditThatParsesToTheSameTreeKeepsTheSampleAndItsFunction() {
        vm.select("himmelblau");
        CompiledExpression f = vm.functionProperty().get();
        SampleFunction sample = vm.currentProperty().get();
        for (String same : new String[] {"(x^2 + y - 11)^2 + (x + y^2 - 7)^2 ", "(x^2+y-11)^2+(x+y^2-7)^2",
                "((x**2 + y - 11))^2 + (x + y^2 - 7.0)^2"}) {
            vm.expressionProperty().set(same);
            assertTrue(vm.validate(), same);
            assertSame(f, vm.functionProperty().get(), same);
            assertSame(sample, vm.currentProperty().get(), same);
            assertNull(vm.typedFunctionProperty().get(), same);
        }
    }

    @Test
    void anEditThatChangesTheTreeIsATypedFunctionOfItsOwn() {
        vm.select("himmelblau");
        // the same numbers in another order: another tree, so the user's own function
        vm.expressionProperty().set("(x + y^2 - 7)^2 + (x^2 + y - 11)^2");
        assertTrue(vm.validate());
        assertNull(vm.currentProperty().get());
        assertSame(vm.functionProperty().get(), vm.typedFunctionProperty().get());
        assertEquals("(x + y^2 - 7)^2 + (x^2 + y - 11)^2", vm.functionProperty().get().source());
    }
}
