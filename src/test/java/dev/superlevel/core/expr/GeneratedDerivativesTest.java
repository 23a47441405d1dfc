package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.FunctionLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The generated gradient + Hessian code against the dual-number interpreter, its reference: the same bits
 * (all NaNs counted equal: a NaN's sign depends on the instruction, not on the expression) for every sample
 * function over a grid of its domain, and for every function of the language, at kinks, zeros, poles and
 * outside domains.
 */
class GeneratedDerivativesTest {

    /** Every function and operator, with points where derivatives are 0, infinite or NaN. */
    private static final String[] EXPRESSIONS = {
        "sin(3*x) * cos(2*y) + exp(-(x^2 + y^2)/a) - log(1 + x^2) / log10(2 + y^2)",
        "atan2(y, x) + hypot(x, y)^3 - pow(abs(x), y) + x^-3 + min(x, y) * max(x, -y)",
        "sqrt(x) + cbrt(y) + asin(x/5) + acos(y/5) + atan(x*y) + tan(x) + sinh(y) - cosh(x) * tanh(y)",
        "sign(x) * floor(y) + ceil(x) - x^0 + x^1 + x^4 + 2^3 * pi - e + ln(-1) * 0",
        "-x^2 - -y + 1/x - 0/0 * 0 + x/y + (x*y)/(1 + x^2*y^2) + x^-1 + y^-2 + (x-y)^-4",
        "x^y + y^x + a^x + x^a + 2^(x*y) + (-2)^x + x^2.5 + pow(x, -1.5) + x^(y/2)",
        "hypot(x, 0) + hypot(a*x, y) + hypot(x - y, x + y) + min(a, x) + max(y, a) + min(x, x) + atan2(a, x)",
        "ln(x) + log(y) + log10(x*y) + sqrt(x*x + y*y) + sqrt(a) * x + cbrt(x - y) + exp(x*y)",
        "abs(x - y) + abs(x*y) + sign(x)*x + floor(x)*y + tanh(x*a) + sinh(x)*cosh(y) + asin(x*y/50)",
        "a*x + a + a*a + a/a + sin(a) + x*(a - a) + y*0 + 0*x",
        "min(x/y, y/x) + max(ln(x), ln(y)) + hypot(ln(x), y) + atan2(ln(y), x) + sqrt(x)^3",
    };

    private static final double[] SPECIAL = {0, -0.0, 1, -1, 0.5, -2.5, 3, 1e-300, -1e300, 5, -5, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static void assertSameBits(Derivatives expected, Derivatives actual, String where) {
        double[] e = {expected.value(), expected.gx(), expected.gy(), expected.hxx(), expected.hxy(), expected.hyy()};
        double[] a = {actual.value(), actual.gx(), actual.gy(), actual.hxx(), actual.hxy(), actual.hyy()};
        for (int k = 0; k < 6; k++) {
            assertEquals(Double.doubleToLongBits(e[k]), Double.doubleToLongBits(a[k]),
                    () -> where + ": " + expected + " vs " + actual);
        }
    }

    private static void compareOnGrid(CompiledExpression f, Domain d, int n, String name) {
        assertTrue(f.usesGeneratedDerivatives(), "derivative code generation failed for " + name);
        CompiledExpression reference = f.interpreted();
        for (int j = 0; j < n; j++) {
            double y = d.ymin() + j * (d.ymax() - d.ymin()) / (n - 1);
            for (int i = 0; i < n; i++) {
                double x = d.xmin() + i * (d.xmax() - d.xmin()) / (n - 1);
                assertSameBits(reference.derivatives(x, y), f.derivatives(x, y), name + " at (" + x + ", " + y + ")");
            }
        }
    }

    static Stream<FunctionDefinition> samples() {
        return FunctionLibrary.samples().stream().filter(FunctionDefinition::isExpression);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleFunctionsAgreeBitForBitOverTheirDomain(FunctionDefinition sample) {
        compareOnGrid(sample.compile(), sample.domain(), 61, sample.name());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyFunctionAgreesBitForBitIncludingKinksPolesAndNonFiniteInputs(int which) {
        for (double a : new double[] {1.5, 0, -2, Double.POSITIVE_INFINITY, Double.NaN}) {
            CompiledExpression f = ExpressionCompiler.compile(EXPRESSIONS[which], Map.of("a", a));
            compareOnGrid(f, new Domain(-4.5, 4.5, -4.5, 4.5), 37, EXPRESSIONS[which] + " a=" + a);
            CompiledExpression reference = f.interpreted();
            for (double x : SPECIAL) {
                for (double y : SPECIAL) {
                    assertSameBits(reference.derivatives(x, y), f.derivatives(x, y),
                            EXPRESSIONS[which] + " a=" + a + " at (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void knownDerivativesOfAProductAndAQuotient() {
        // L = x^2 y + x/y at (2, 4): L = 16.5, ∂x = 2xy + 1/y = 16.25, ∂y = x^2 − x/y^2 = 3.875,
        // ∂xx = 2y = 8, ∂xy = 2x − 1/y^2 = 3.9375, ∂yy = 2x/y^3 = 0.0625 (all exact in binary)
        Derivatives d = ExpressionCompiler.compile("x^2*y + x/y").derivatives(2, 4);
        assertEquals(new Derivatives(16.5, 16.25, 3.875, 8, 3.9375, 0.0625), d);
    }

    @Test
    void failedGenerationFallsBackToTheDualInterpreter() {
        Node tree = Lowering.lower(Parser.parse("x*y + 1", new Names(List.of())));
        DerivativeKernel kernel = KernelCompiler.compileDerivativesOrInterpret(tree, 0);
        assertTrue(!(kernel instanceof DualEvaluator.Kernel), "x*y + 1 compiles");
        assertEquals(new Derivatives(7, 3, 2, 0, 1, 0), kernel.derivatives(2, 3, new double[0]));
        assertEquals(new Derivatives(7, 3, 2, 0, 1, 0), DualEvaluator.kernel(tree).derivatives(2, 3, new double[0]));
    }
}
