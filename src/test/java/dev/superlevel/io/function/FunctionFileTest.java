package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.SetMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class FunctionFileTest {

    private static final String MINIMAL = "title = T\nexpression = x + y\ndomain = -1, 1, -2, 2\n";

    private static FunctionDefinition parse(String text) {
        return FunctionFile.parse(text, "f", "f.fn");
    }

    private static String errorOf(String text) {
        return assertThrows(FunctionFileException.class, () -> parse(text)).getMessage();
    }

    @Test
    void parsesEveryKey() {
        FunctionDefinition d = parse("""
                # a comment line
                title       = Rosenbrock   # trailing comment
                expression  = (a - x)^2 + b*(y - x^2)^2
                param a     = 1 in [-2, 3]
                param b=100 in [1,200]
                domain      = -2, 2, -1, 3
                start       = -1.5, 2
                lambda      = 300
                mode        = sublevel
                scale       = log

                minimum     = 1, 1.50, 0  # Rosenbrock 1960
                maximum     = 0, 2, 5e1  # made up
                description = first line
                description = second line
                """);
        assertEquals("f", d.name());
        assertEquals("Rosenbrock", d.title());
        assertEquals("(a - x)^2 + b*(y - x^2)^2", d.expression());
        assertEquals(List.of(new ParameterSpec("a", 1, -2, 3), new ParameterSpec("b", 100, 1, 200)),
                d.parameters());
        assertEquals(Map.of("a", 1.0, "b", 100.0), d.parameterDefaults());
        assertEquals(new Domain(-2, 2, -1, 3), d.domain());
        assertEquals(new PlanePoint(-1.5, 2), d.start().orElseThrow());
        assertEquals(300.0, d.lambda().orElseThrow());
        assertEquals(SetMode.SUBLEVEL, d.mode());
        assertEquals(ScaleHint.LOG, d.scale());
        assertEquals(new KnownPoint(1, 1.5, 0, "Rosenbrock 1960", 0.005, 0.0), d.minima().get(0));
        assertEquals(new KnownPoint(0, 2, 50, "made up", 0.0, 0.0), d.maxima().get(0));
        assertEquals("first line second line", d.description());
    }

    @Test
    void optionalKeysTakeTheirDefaults() {
        FunctionDefinition d = parse(MINIMAL);
        assertTrue(d.start().isEmpty());
        assertTrue(d.lambda().isEmpty());
        assertEquals(SetMode.SUPERLEVEL, d.mode());
        assertEquals(ScaleHint.LINEAR, d.scale());
        assertTrue(d.parameters().isEmpty() && d.minima().isEmpty() && d.maxima().isEmpty());
        assertEquals("", d.description());
    }

    @Test
    void unknownKeyIsAnErrorNamingLineAndSuggestion() {
        assertEquals("f.fn:4: unknown key 'lamda' (did you mean 'lambda'?); known keys: title, expression, "
                + "param, domain, start, lambda, mode, scale, minimum, maximum, description, dataset, model, bias, "
                + "class-weights, reg, reg-lambda, mlp-activation, mlp-hidden, mlp-steps, mlp-optimizer, mlp-lr, "
                + "mlp-seed",
                errorOf(MINIMAL + "lamda = 3\n"));
    }

    @Test
    void unknownKeyFarFromAnyKnownOneHasNoSuggestion() {
        assertTrue(errorOf(MINIMAL + "colour = red\n").startsWith("f.fn:4: unknown key 'colour'; known keys"));
    }

    @Test
    void repeatedSingleKeyIsAnError() {
        assertEquals("f.fn:4: 'title' is given twice (first on line 1)", errorOf(MINIMAL + "title = U\n"));
    }

    @Test
    void lineWithoutEqualsSignIsAnError() {
        assertEquals("f.fn:2: expected 'key = value', got 'just words'", errorOf("title = T\njust words\n"));
    }

    @Test
    void missingRequiredKeyIsAnError() {
        assertEquals("f.fn: missing required key 'expression' (or 'dataset' for a loss on a data set)", errorOf("title = T\ndomain = 0, 1, 0, 1\n"));
    }

    @Test
    void emptyValueIsAnError() {
        assertEquals("f.fn:1: 'title' has no value", errorOf("title =   # nothing\n"));
    }

    @Test
    void malformedDomainNamesTheLine() {
        assertEquals("f.fn:3: domain needs 4 comma-separated numbers, got '0, 1, 2'",
                errorOf("title = T\nexpression = x\ndomain = 0, 1, 2\n"));
    }

    @Test
    void emptyDomainRangeNamesTheLine() {
        assertTrue(errorOf("title = T\nexpression = x\ndomain = 1, 0, 0, 1\n")
                .startsWith("f.fn:3: domain: xmin must be less than xmax"));
    }

    @Test
    void nonNumericLambdaIsAnError() {
        assertEquals("f.fn:4: lambda: 'high' is not a decimal number", errorOf(MINIMAL + "lambda = high\n"));
    }

    @Test
    void notANumberIsRejectedAsALiteral() {
        assertEquals("f.fn:4: lambda: 'NaN' is not a decimal number", errorOf(MINIMAL + "lambda = NaN\n"));
    }

    @Test
    void badModeAndScaleAreErrors() {
        assertEquals("f.fn:4: mode must be superlevel or sublevel, got 'upper'", errorOf(MINIMAL + "mode = upper\n"));
        assertEquals("f.fn:4: scale must be linear or log, got 'loglog'", errorOf(MINIMAL + "scale = loglog\n"));
    }

    @Test
    void minimumWithoutSourceIsAnError() {
        assertTrue(errorOf(MINIMAL + "minimum = 0, 0, 0\n").startsWith("f.fn:4: minimum needs its source"));
    }

    @Test
    void minimumWithTwoNumbersIsAnError() {
        assertEquals("f.fn:4: minimum needs 3 comma-separated numbers, got '0, 0'",
                errorOf(MINIMAL + "minimum = 0, 0  # src\n"));
    }

    @Test
    void malformedParameterIsAnError() {
        assertTrue(errorOf(MINIMAL + "param a = 1\n")
                .startsWith("f.fn:4: a parameter is written 'param NAME = DEFAULT in [MIN, MAX]'"));
    }

    @Test
    void parameterDefaultOutsideItsRangeIsAnError() {
        assertEquals("f.fn:4: parameter 'a': default 5.0 lies outside its range [0.0, 1.0]",
                errorOf(MINIMAL + "param a = 5 in [0, 1]\n"));
    }

    @Test
    void reservedParameterNameIsAnError() {
        assertEquals("f.fn:4: parameter name 'x' is reserved (x, y, pi and e are built in)",
                errorOf(MINIMAL + "param x = 0 in [0, 1]\n"));
    }

    @Test
    void parameterDeclaredTwiceIsAnError() {
        assertEquals("f.fn:5: parameter 'a' is declared twice",
                errorOf(MINIMAL + "param a = 0 in [0, 1]\nparam a = 1 in [0, 2]\n"));
    }

    @Test
    void startOutsideTheDomainIsAnError() {
        assertEquals("f.fn: start (3.0, 0.0) lies outside the domain", errorOf(MINIMAL + "start = 3, 0\n"));
    }

    @Test
    void malformedExpressionNamesItsLineAndColumn() {
        assertEquals("f.fn:2: expression: column 5: unknown function 'sinn' (did you mean 'sin'?)",
                errorOf("title = T\nexpression = 1 + sinn(x)\ndomain = 0, 1, 0, 1\n"));
    }

    @Test
    void expressionMayUseTheDeclaredParameters() {
        FunctionDefinition d = parse(MINIMAL.replace("x + y", "k*x") + "param k = 3 in [0, 5]\n");
        assertEquals(6.0, d.compile().value(2, 0));
    }

    @Test
    void expressionUsingAnUndeclaredNameIsAnError() {
        assertTrue(errorOf(MINIMAL.replace("x + y", "k*x")).startsWith("f.fn:2: expression: column 1: "));
    }

    @Test
    void readsFileAndNamesItByItsStem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bowl.fn");
        Files.writeString(file, MINIMAL);
        assertEquals("bowl", FunctionFile.read(file).name());
    }

    @Test
    void missingFileIsAFunctionFileException(@TempDir Path dir) {
        Path file = dir.resolve("absent.fn");
        assertEquals(file + ": no such function file",
                assertThrows(FunctionFileException.class, () -> FunctionFile.read(file)).getMessage());
    }

    @Test
    void resolutionIsHalfTheLastWrittenDigit() {
        assertEquals(0.00005, DecimalLiteral.resolution("-0.0898"), 1e-20);
        assertEquals(0.0005, DecimalLiteral.resolution("1.5e-2"), 1e-20);
        assertEquals(0.0, DecimalLiteral.resolution("-3"));
        assertEquals(5.0, DecimalLiteral.resolution("1.2e2"), 1e-12);
    }
}
