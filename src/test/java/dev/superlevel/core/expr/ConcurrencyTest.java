package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

class ConcurrencyTest {

    private static final String HIMMELBLAU = "(x^2 + y - a)^2 + (x + y^2 - 7)^2";

    @Test
    void parallelSamplingOfAFreshExpressionEqualsSequentialPointValues() {
        // fresh instance: the first rows race to trigger code generation
        CompiledExpression f = ExpressionCompiler.compile(HIMMELBLAU + " + 0 * sin(x)", Map.of("a", 11.0));
        GridSpec spec = GridSpec.square(new Domain(-5, 5, -5, 5), 257);
        double[] sampled = GridSampler.sample(f, spec).values();
        double[] expected = new double[spec.size()];
        for (int j = 0; j < spec.ny(); j++) {
            for (int i = 0; i < spec.nx(); i++) {
                expected[spec.index(i, j)] = f.interpreted().value(spec.x(i), spec.y(j));
            }
        }
        assertArrayEquals(expected, sampled);
    }

    @Test
    void derivativesAreSafeToComputeConcurrently() {
        CompiledExpression f = ExpressionCompiler.compile(HIMMELBLAU, Map.of("a", 11.0));
        List<Derivatives> parallel = IntStream.range(0, 20_000).parallel()
                .mapToObj(k -> f.derivatives(-3 + k * 3e-4, 2 - k * 1e-4)).toList();
        for (int k = 0; k < parallel.size(); k += 97) {
            assertEquals(f.derivatives(-3 + k * 3e-4, 2 - k * 1e-4), parallel.get(k));
        }
    }

    @Test
    void parameterVariantsShareOneCompiledProgram() {
        CompiledExpression f = ExpressionCompiler.compile(HIMMELBLAU, Map.of("a", 11.0));
        CompiledExpression g = f.withParameter("a", 3.0).withParameters(Map.of("a", 4.0));
        assertSame(f.program(), g.program());
        assertSame(f.program().kernel(), g.program().kernel());
    }
}
