package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

class ParseErrorTest {

    private static ParseException failure(String source) {
        return assertThrows(ParseException.class, () -> ExpressionCompiler.compile(source, Map.of("alpha", 1.0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sinn(x)       | 1 | unknown function 'sinn' (did you mean 'sin'?)",
        "x + sinn(x)   | 5 | unknown function 'sinn' (did you mean 'sin'?)",
        "x + z         | 5 | unknown name 'z' (the variables are x and y; parameters: alpha)",
        "alpah * x     | 1 | unknown name 'alpah' (did you mean 'alpha'?)",
        "X + 1         | 1 | unknown name 'X' (did you mean 'x'?)",
        "atan2(x)      | 1 | function 'atan2' takes 2 arguments, got 1",
        "sin(x, y)     | 1 | function 'sin' takes 1 argument, got 2",
        "1 + max()     | 5 | function 'max' takes 2 arguments, got 0",
        "x(2)          | 1 | 'x' is not a function (to multiply, write 'x*(...)')",
        "2*alpha(y)    | 3 | 'alpha' is not a function (to multiply, write 'alpha*(...)')",
        "sin + 1       | 1 | function 'sin' must be followed by '(' and its 1 argument",
        "(x + 1        | 1 | unmatched '('",
        "sin((x) + 1   | 4 | unmatched '('",
        "x + 1)        | 6 | unmatched ')'",
        "x # y         | 3 | unexpected character '#'",
        "2x            | 2 | unexpected 'x' after an operand (implicit multiplication is not supported: write '*')",
        "(x)(y)        | 4 | unexpected '(' after an operand (implicit multiplication is not supported: write '*')",
        "x +           | 3 | operator '+' is missing its right operand",
        "x ^           | 3 | operator '^' is missing its right operand",
        "-             | 1 | operator '-' is missing its right operand",
        "x * / y       | 5 | missing operand before '/'",
        "* x           | 1 | missing operand before '*'",
        "()            | 2 | missing operand before ')'",
        "min(x, )      | 8 | missing operand before ')'",
        "(x, y)        | 3 | unexpected ',' outside a function's argument list",
        "1e+           | 1 | malformed number '1e+': the exponent has no digits",
        "1e999         | 1 | number '1e999' is too large",
    })
    void parserReportsProblemAndColumn(String source, int column, String problem) {
        ParseException e = failure(source.strip());
        assertEquals(column, e.column());
        assertEquals("column " + column + ": " + problem, e.getMessage());
        assertEquals(problem, e.problem());
        assertEquals(source.strip(), e.source());
    }

    @Test
    void parserRejectsEmptyAndBlankInput() {
        assertEquals("column 1: empty expression", failure("").getMessage());
        assertEquals("column 1: empty expression", failure(" \t\n").getMessage());
    }

    @Test
    void parserRejectsNullInputWithParseException() {
        assertEquals("column 1: expression is missing", failure(null).getMessage());
    }

    @Test
    void parserRejectsInputOverTenThousandCharacters() {
        String source = "x+".repeat(5000) + "x"; // 10,001 characters
        ParseException e = failure(source);
        assertEquals(10_001, e.column());
        assertEquals("column 10001: expression is longer than 10000 characters (10001)", e.getMessage());
    }

    @Test
    void parserAcceptsTenThousandCharacters() {
        String source = "x" + "+x".repeat(999) + " ".repeat(10_000 - 1999);
        assertEquals(10_000, source.length());
        CompiledExpression f = ExpressionCompiler.compile(source);
        assertEquals(1000.0, f.value(1, 0));
        assertEquals(1000.0, f.interpreted().value(1, 0));
        assertEquals(new Derivatives(1000, 1000, 0, 0, 0, 0), f.derivatives(1, 0));
        GridSpec spec = GridSpec.square(new Domain(0, 1, 0, 1), 3); // rows on fork-join workers
        assertEquals(500.0, GridSampler.sample(f.interpreted(), spec).values()[1]);
        assertEquals(500.0, GridSampler.sample(f, spec).values()[4]);
    }

    @Test
    void parserRejectsNestingDeeperThanTwoHundredLevels() {
        String ok = "(".repeat(200) + "x" + ")".repeat(200);
        assertEquals(3.0, ExpressionCompiler.compile(ok).value(3, 0));
        ParseException e = failure("(".repeat(201) + "x" + ")".repeat(201));
        assertEquals(201, e.column());
        assertEquals("column 201: nesting deeper than 200 levels (parentheses, function calls, signs and exponents)",
                e.getMessage());
    }

    @Test
    void parserRejectsDeepUnaryChainsAndDeepCallsWithoutOverflow() {
        assertEquals(201, failure("-".repeat(5000) + "x").column());
        assertEquals(4 * 200 + 4, failure("sin(".repeat(1500) + "x" + ")".repeat(1500)).column());
        assertEquals(2 * 201, failure("x^".repeat(4000) + "x").column());
    }

    @Test
    void parserRejectsOperatorChainsDeeperThanTheTreeLimit() {
        CompiledExpression deepest = ExpressionCompiler.compile("x" + "+x".repeat(998) + "+sin(x)");
        assertEquals(999 + Math.sin(1), deepest.value(1, 0));
        assertEquals(999 + Math.cos(1), deepest.derivatives(1, 0).gx());
        ParseException e = failure("x" + "+x".repeat(1000));
        assertEquals(2 * 1000, e.column()); // the 1000th '+' makes the tree 1001 deep
    }

    @Test
    void caretSnippetPointsAtTheColumn() {
        assertEquals("x + sinn(x)\n    ^", failure("x + sinn(x)").caretSnippet());
    }

    @Test
    void caretSnippetOfALongSourceShowsAWindowAroundTheColumn() {
        String source = "x+".repeat(100) + "z" + "+x".repeat(100);
        String[] lines = failure(source).caretSnippet().split("\n");
        assertEquals('z', lines[0].charAt(lines[1].length() - 1));
        assertEquals(true, lines[0].startsWith("...") && lines[0].endsWith("..."));
    }

    @Test
    void caretSnippetAtEndOfInputPointsPastTheLastCharacter() {
        assertEquals("x +\n  ^", failure("x +").caretSnippet());
    }

    @Test
    void badParameterNamesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExpressionCompiler.compile("x", Map.of("sin", 1.0)));
        assertEquals("parameter name 'sin' is reserved (x, y, pi, e and the function names)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExpressionCompiler.compile("x", Map.of("2a", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> ExpressionCompiler.compile("x", Map.of("x", 1.0)));
    }
}
