package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class ValueTest {

    private static double at(String source, double x, double y) {
        return ExpressionCompiler.compile(source).value(x, y);
    }

    @Test
    void rosenbrockMatchesHandComputation() {
        double x = -1.5;
        double y = 2;
        double expected = (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        assertEquals(expected, at("(1-x)^2 + 100*(y-x^2)^2", x, y));
        assertEquals(0.0, at("(1-x)^2 + 100*(y-x^2)^2", 1, 1));
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        assertEquals(-9.0, at("-x^2", 3, 0));
        assertEquals(Math.pow(2, -9), at("2^-x^2", 3, 0));
        assertEquals(Math.pow(2, 9), at("2^3^2", 0, 0));
    }

    @Test
    void everyFunctionEvaluatesItsMathCounterpart() {
        double u = 0.3;
        assertEquals(Math.sin(u) + Math.cos(u) + Math.tan(u), at("sin(x) + cos(x) + tan(x)", u, 0));
        assertEquals(Math.asin(u) + Math.acos(u) + Math.atan(u), at("asin(x) + acos(x) + atan(x)", u, 0));
        assertEquals(Math.sinh(u) + Math.cosh(u) + Math.tanh(u), at("sinh(x) + cosh(x) + tanh(x)", u, 0));
        assertEquals(Math.exp(u) + Math.log(u) + Math.log(u), at("exp(x) + log(x) + ln(x)", u, 0));
        assertEquals(Math.log10(u) + Math.sqrt(u) + Math.cbrt(u), at("log10(x) + sqrt(x) + cbrt(x)", u, 0));
        assertEquals(Math.abs(-u) + Math.signum(-u), at("abs(-x) + sign(-x)", u, 0));
        assertEquals(Math.floor(2.7) + Math.ceil(2.2), at("floor(x) + ceil(y)", 2.7, 2.2));
        assertEquals(Math.atan2(2, -1), at("atan2(y, x)", -1, 2));
        assertEquals(Math.hypot(3, 4) + Math.pow(2, 0.5), at("hypot(x, y) + pow(2, 0.5)", 3, 4));
        assertEquals(-1.0, at("min(x, y) + max(x, y) - x - y - 1", 3, 4));
        assertEquals(Math.PI * Math.E, at("pi * e", 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"log(-1)", "sqrt(-1)", "0/0", "asin(2)", "x/y - x/y", "log(x)", "acos(y - 3)"})
    void valuesOutsideTheDomainAreNaN(String source) {
        assertTrue(Double.isNaN(at(source, -1, 0)));
        assertTrue(Double.isNaN(ExpressionCompiler.compile(source).interpreted().value(-1, 0)));
    }

    @Test
    void divisionByZeroIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, at("1/x", 0, 0));
    }

    @Test
    void integerPowersExpandToMultiplications() {
        double u = 1.1;
        assertEquals(u * u * u, at("x^3", u, 0));
        assertEquals(u * u * u * u, at("pow(x, 4)", u, 0));
        assertEquals(1.0 / (u * u), at("x^-2", u, 0));
        assertEquals(1.0, at("x^0", Double.NaN, 0));
        assertEquals(Math.pow(u, 5), at("x^5", u, 0));
    }

    @Test
    void parametersAreReadFromTheMapAndReplacedWithoutReparsing() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("b", 100.0);
        parameters.put("a", 1.0);
        CompiledExpression f = ExpressionCompiler.compile("(a-x)^2 + b*(y-x^2)^2", parameters);
        assertEquals(List.of("b", "a"), List.copyOf(f.parameters().keySet()));
        assertEquals(0.0, f.value(1, 1));
        CompiledExpression g = f.withParameter("a", 2.0);
        assertNotSame(f, g);
        assertEquals(0.0, g.value(2, 4));
        assertEquals(1.0, f.parameters().get("a"));
        assertEquals(2.0, g.parameters().get("a"));
        CompiledExpression h = g.withParameters(Map.of("a", 3.0, "b", 1.0));
        assertEquals(Map.of("a", 3.0, "b", 1.0), h.parameters());
        assertEquals(4.0 + 64.0, h.value(1, 9));
        assertEquals(f.source(), h.source());
    }

    @Test
    void unknownParameterInWithParameterIsRejected() {
        CompiledExpression f = ExpressionCompiler.compile("a*x", Map.of("a", 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.withParameter("b", 2));
        assertEquals("unknown parameter 'b' (parameters: a)", e.getMessage());
    }

    @Test
    void parametersMapIsUnmodifiable() {
        CompiledExpression f = ExpressionCompiler.compile("a*x", Map.of("a", 1.0));
        assertThrows(UnsupportedOperationException.class, () -> f.parameters().put("a", 2.0));
    }
}
