package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

class CodeGenerationTest {

    private static final String[] EXPRESSIONS = {
        "(1-x)^2 + 100*(y-x^2)^2",
        "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
        "sin(3*x) * cos(2*y) + exp(-(x^2 + y^2)/a) - log(1 + x^2) / log10(2 + y^2)",
        "atan2(y, x) + hypot(x, y)^3 - pow(abs(x), y) + x^-3 + min(x, y) * max(x, -y)",
        "sqrt(x) + cbrt(y) + asin(x/5) + acos(y/5) + atan(x*y) + tan(x) + sinh(y) - cosh(x) * tanh(y)",
        "sign(x) * floor(y) + ceil(x) - x^0 + x^1 + x^4 + 2^3 * pi - e + ln(-1) * 0",
        "-x^2 - -y + 1/x - 0/0 * 0",
    };

    private static double[] row(CompiledExpression f, double[] xs, double y) {
        double[] out = new double[xs.length + 3];
        f.valuesAlongRow(xs, y, out, 3);
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void generatedRowEqualsScalarAndInterpreterBitForBit(int which) {
        CompiledExpression f = ExpressionCompiler.compile(EXPRESSIONS[which], Map.of("a", 1.5));
        assertTrue(f.usesGeneratedCode(), "code generation failed for " + EXPRESSIONS[which]);
        CompiledExpression reference = f.interpreted();
        double[] xs = new double[97];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -4.5 + i * 9.0 / (xs.length - 1);
        }
        for (double y = -4.5; y <= 4.5; y += 0.75) {
            double[] generated = row(f, xs, y);
            double[] interpreted = row(reference, xs, y);
            assertArrayEquals(interpreted, generated, "row y=" + y);
            for (int i = 0; i < xs.length; i++) {
                // doubleToLongBits: every bit, except that all NaNs compare equal (the sign of a NaN
                // produced by 0/0 depends on the CPU instruction, not on the expression)
                assertEquals(Double.doubleToLongBits(reference.value(xs[i], y)),
                        Double.doubleToLongBits(f.value(xs[i], y)));
                assertEquals(Double.doubleToLongBits(generated[3 + i]),
                        Double.doubleToLongBits(f.derivatives(xs[i], y).value()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2.0, -3.0})
    void parameterChangesReuseTheGeneratedCode(double a) {
        CompiledExpression f = ExpressionCompiler.compile("a*x^2 + y/a", Map.of("a", 1.0)).withParameter("a", a);
        double[] xs = {-1, 0, 2};
        double[] out = new double[3];
        f.valuesAlongRow(xs, 3, out, 0);
        assertArrayEquals(new double[] {a + 3 / a, 3 / a, 4 * a + 3 / a}, out);
        assertTrue(f.usesGeneratedCode());
    }

    @Test
    void failedCodeGenerationFallsBackToTheInterpreter() {
        Node tree = Lowering.lower(Parser.parse("x*y + 1", new Names(List.of())));
        ExpressionKernel kernel = KernelCompiler.compileOrInterpret("public final class Broken {", tree);
        assertTrue(kernel instanceof Interpreter);
        assertEquals(7.0, kernel.value(2, 3, new double[0]));
    }

    @Test
    void generatedCodeComputesLoopInvariantsOncePerRowAndSharesEqualSubtrees() {
        Node tree = Lowering.lower(Parser.parse("sin(y) * x + sin(y) * x^2 + (y-x)^2 + (y-x)^2", new Names(List.of())));
        String java = CodeGenerator.generate(tree, 0);
        String loop = java.substring(java.lastIndexOf("for ("));
        String beforeLoop = java.substring(java.indexOf("public void row"), java.lastIndexOf("for ("));
        assertTrue(beforeLoop.contains("Math.sin(y)"), java);
        assertTrue(!loop.contains("Math.sin"), java);
        assertEquals(1, loop.split("y - x", -1).length - 1, java);
        assertTrue(loop.contains("x * x"), java);
    }
}
