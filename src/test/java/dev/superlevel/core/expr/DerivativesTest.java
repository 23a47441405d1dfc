package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.function.Derivatives;
import org.junit.jupiter.api.Test;

import java.util.Map;

class DerivativesTest {

    private static final double TOLERANCE = 1e-12;

    private static Derivatives at(String source, double x, double y) {
        return ExpressionCompiler.compile(source).derivatives(x, y);
    }

    private static void assertDerivatives(Derivatives expected, Derivatives actual) {
        double scale = 1 + Math.max(Math.abs(expected.hxx()), Math.max(Math.abs(expected.hyy()),
                Math.max(Math.abs(expected.gx()), Math.abs(expected.gy()))));
        assertEquals(expected.value(), actual.value(), TOLERANCE * scale, "value");
        assertEquals(expected.gx(), actual.gx(), TOLERANCE * scale, "gx");
        assertEquals(expected.gy(), actual.gy(), TOLERANCE * scale, "gy");
        assertEquals(expected.hxx(), actual.hxx(), TOLERANCE * scale, "hxx");
        assertEquals(expected.hxy(), actual.hxy(), TOLERANCE * scale, "hxy");
        assertEquals(expected.hyy(), actual.hyy(), TOLERANCE * scale, "hyy");
    }

    @Test
    void rosenbrockDerivativesMatchHandDerivedFormulas() {
        double x = -1.5;
        double y = 2;
        double r = y - x * x;
        Derivatives expected = new Derivatives((1 - x) * (1 - x) + 100 * r * r,
                -2 * (1 - x) - 400 * x * r, 200 * r,
                2 - 400 * r + 800 * x * x, -400 * x, 200);
        assertDerivatives(expected, at("(1-x)^2 + 100*(y-x^2)^2", x, y));
    }

    @Test
    void himmelblauDerivativesMatchHandDerivedFormulas() {
        double x = 0.7;
        double y = -1.3;
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        Derivatives expected = new Derivatives(a * a + b * b,
                4 * x * a + 2 * b, 2 * a + 4 * y * b,
                12 * x * x + 4 * y - 42, 4 * x + 4 * y, 4 * x + 12 * y * y - 26);
        assertDerivatives(expected, at("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", x, y));
    }

    @Test
    void productOfSinAndExpMatchesHandDerivedFormulas() {
        double x = 0.4;
        double y = -0.9;
        double s = Math.sin(x);
        double c = Math.cos(x);
        double e = Math.exp(x * y);
        Derivatives expected = new Derivatives(s * e, c * e + s * y * e, s * x * e,
                -s * e + 2 * c * y * e + s * y * y * e, c * x * e + s * (1 + x * y) * e, s * x * x * e);
        assertDerivatives(expected, at("sin(x) * exp(x*y)", x, y));
    }

    @Test
    void quotientAndLogMatchHandDerivedFormulas() {
        double x = 1.7;
        double y = 0.6;
        Derivatives expected = new Derivatives(Math.log(x) / y, 1 / (x * y), -Math.log(x) / (y * y),
                -1 / (x * x * y), -1 / (x * y * y), 2 * Math.log(x) / (y * y * y));
        assertDerivatives(expected, at("ln(x) / y", x, y));
    }

    @Test
    void atan2DerivativesMatchHandDerivedFormulas() {
        double x = 0.8;
        double y = -0.5;
        double r = x * x + y * y;
        Derivatives expected = new Derivatives(Math.atan2(y, x), -y / r, x / r,
                2 * x * y / (r * r), (y * y - x * x) / (r * r), -2 * x * y / (r * r));
        assertDerivatives(expected, at("atan2(y, x)", x, y));
    }

    @Test
    void variableExponentPowerMatchesHandDerivedFormulas() {
        double x = 1.3;
        double y = 0.7;
        double f = Math.pow(x, y);
        double l = Math.log(x);
        Derivatives expected = new Derivatives(f, y * f / x, f * l,
                y * (y - 1) * f / (x * x), f / x * (1 + y * l), f * l * l);
        assertDerivatives(expected, at("x^y", x, y));
    }

    @Test
    void derivativeValueEqualsPlainValueExactly() {
        CompiledExpression f = ExpressionCompiler.compile("sin(x)^2 * exp(-y/3) + hypot(x, y)^3 - atan2(y, x)/x");
        for (double x = -2; x <= 2; x += 0.37) {
            for (double y = -2; y <= 2; y += 0.41) {
                assertEquals(f.value(x, y), f.derivatives(x, y).value());
            }
        }
    }

    @Test
    void kinkConventionsAreZeroOrTheSelectedArgument() {
        assertDerivatives(new Derivatives(0, 0, 0, 0, 0, 0), at("abs(x)", 0, 0));
        assertDerivatives(new Derivatives(2, 0, 0, 0, 0, 0), at("sign(x) + floor(x) + ceil(y)", 0.5, 0.5));
        assertDerivatives(new Derivatives(1, 1, 0, 0, 0, 0), at("min(x, y)", 1, 1));
        assertDerivatives(new Derivatives(1, 0, 1, 0, 0, 0), at("max(y, x)", 1, 1));
        assertDerivatives(new Derivatives(2, 1, 0, 0, 0, 0), at("min(x, 3*y)", 2, 0.7));
        assertDerivatives(new Derivatives(1.5, 0, 3, 0, 0, 0), at("min(x, 3*y)", 2, 0.5));
        assertDerivatives(new Derivatives(0, 0, 0, 0, 0, 0), at("hypot(x, y)", 0, 0));
    }

    @Test
    void parametersAreConstantsForDifferentiation() {
        CompiledExpression f = ExpressionCompiler.compile("a*x^2 + x^p", Map.of("a", 3.0, "p", 3.0));
        Derivatives d = f.derivatives(-2, 0);
        assertEquals(3 * 4 - 8, d.value());
        assertEquals(6 * -2 + 3 * 4, d.gx(), 1e-12);
        assertEquals(6 + 6 * -2, d.hxx(), 1e-12);
    }
}
