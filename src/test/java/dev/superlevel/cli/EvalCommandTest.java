package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

class EvalCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void printsValueGradientAndHessianAsOneJsonLine() {
        CliRunner r = CliRunner.run("eval", "--function", "x^2+y", "--at", "1,2");
        assertEquals(0, r.status());
        assertEquals("{\"value\":3.0,\"gradient\":[2.0,1.0],\"hessian\":[[2.0,0.0],[0.0,0.0]]}" + NL, r.out());
        assertEquals("", r.err());
    }

    @Test
    void printsNumbersInShortestRoundTripForm() {
        CliRunner r = CliRunner.run("eval", "--function", "x*y/3", "--at", "0.1,1");
        assertEquals("{\"value\":" + (0.1 * 1 / 3) + ",", r.out().substring(0, r.out().indexOf("\"gradient\"")));
    }

    @Test
    void evaluatesASampleByName() {
        CliRunner r = CliRunner.run("eval", "--function", "rosenbrock", "--at", "1,1");
        assertEquals("{\"value\":0.0,\"gradient\":[0.0,0.0],\"hessian\":[[802.0,-400.0],[-400.0,200.0]]}" + NL,
                r.out());
    }

    @Test
    void paramOverridesASampleParameter() {
        CliRunner r = CliRunner.run("eval", "--function", "rosenbrock", "--param", "b=10", "--at", "0,1");
        assertTrue(r.out().startsWith("{\"value\":11.0,"), r.out());
    }

    @Test
    void evaluatesAFunctionFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bowl.fn");
        Files.writeString(file, "title = Bowl\nexpression = k*x^2 + y\nparam k = 3 in [0, 5]\ndomain = 0, 1, 0, 1\n");
        CliRunner r = CliRunner.run("eval", "--function", file.toString(), "--at", "2,1");
        assertTrue(r.out().startsWith("{\"value\":13.0,\"gradient\":[12.0,1.0],"), r.out());
    }

    @Test
    void undefinedValuesPrintAsNaN() {
        CliRunner r = CliRunner.run("eval", "--function", "log(x)", "--at", "-1,0");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("{\"value\":NaN,"), r.out());
    }

    @Test
    void infiniteValuesPrintAsInfinity() {
        CliRunner r = CliRunner.run("eval", "--function", "1/x", "--at", "0,0");
        assertTrue(r.out().startsWith("{\"value\":Infinity,"), r.out());
    }

    @Test
    void malformedExpressionIsBadInputNamingTheColumn() {
        CliRunner r = CliRunner.run("eval", "--function", "x + sinn(y)", "--at", "1,2");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: --function: column 5: unknown function 'sinn' (did you mean 'sin'?)" + NL, r.err());
    }

    @Test
    void missingPointIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--function", "x");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("--at"), r.err());
    }

    @Test
    void nonNumericPointIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--function", "x", "--at", "1,b");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: Invalid value for option '--at': 'b' is not a number"), r.err());
    }

    @Test
    void pointWithThreeCoordinatesIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--function", "x", "--at", "1,2,3");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("expected X,Y (two numbers), got '1,2,3'"), r.err());
    }

    @Test
    void missingFunctionIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--at", "1,2");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: missing required option '--function=F' (or --dataset=FILE.csv)" + NL, r.err());
    }

    @Test
    void missingFunctionFileIsBadInput(@TempDir Path dir) {
        Path file = dir.resolve("absent.fn");
        CliRunner r = CliRunner.run("eval", "--function", file.toString(), "--at", "1,2");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: " + file + ": no such function file" + NL, r.err());
    }

    @Test
    void malformedFunctionFileIsBadInputNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.fn");
        Files.writeString(file, "title = T\nexpresion = x\n");
        CliRunner r = CliRunner.run("eval", "--function", file.toString(), "--at", "1,2");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: typo.fn:2: unknown key 'expresion' (did you mean 'expression'?)"),
                r.err());
    }

    @Test
    void unknownParameterIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--function", "rosenbrock", "--param", "c=1", "--at", "1,2");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: --param: 'c' is not a parameter of rosenbrock (it has a, b)" + NL, r.err());
    }

    @Test
    void paramWithADatasetIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--dataset", "sample-functions/blobs.csv", "--param", "a=1", "--at", "0,0");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: --param sets a parameter of --function, not of --dataset" + NL, r.err());
    }

    @Test
    void unknownOptionIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--function", "x", "--at", "1,2", "--colour", "red");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: Unknown options: '--colour', 'red'"), r.err());
    }

    @Test
    void unknownCommandIsBadInput() {
        CliRunner r = CliRunner.run("evaluate");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
    }

    @Test
    void helpDescribesTheCommandWithExamples() {
        CliRunner r = CliRunner.run("eval", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("--at=X,Y") && r.out().contains("Examples:"), r.out());
    }
}
