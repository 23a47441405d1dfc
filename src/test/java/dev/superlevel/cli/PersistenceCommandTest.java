package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersistenceCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void listsTheEssentialPairFirstThenTheFinitePairs() {
        // two unit peaks at (±1, 0) merge at the saddle (0, 0) of value 0
        CliRunner r = CliRunner.run("persistence", "--function", "1 - (x^2 - 1)^2 - y^2", "--domain", "-2,2,0,1",
                "--grid", "5");
        assertEquals(0, r.status(), r.err());
        assertEquals("birth,death" + NL + "1.0,-Infinity" + NL + "1.0,0.0" + NL, r.out());
    }

    @Test
    void sublevelEssentialDeathIsInfinity() {
        CliRunner r = CliRunner.run("persistence", "--function", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,0,1",
                "--grid", "5", "--sublevel");
        assertEquals("birth,death" + NL + "0.0,Infinity" + NL + "0.0,1.0" + NL, r.out());
    }

    @Test
    void gaussianBumpsHaveOnePairPerBump() {
        CliRunner r = CliRunner.run("persistence", "--function", "gaussian-bumps", "--grid", "128",
                "--min-persistence", "0.1");
        assertEquals(5, r.outLines().length, r.out());
        assertTrue(r.outLines()[1].endsWith(",-Infinity"), r.out());
    }

    @Test
    void negativeMinPersistenceIsBadInput() {
        CliRunner r = CliRunner.run("persistence", "--function", "x", "--min-persistence", "-0.5");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: --min-persistence must be at least 0, got -0.5" + NL, r.err());
    }

    @Test
    void malformedExpressionIsBadInputNamingTheColumn() {
        CliRunner r = CliRunner.run("persistence", "--function", "x + (y");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: --function: column 5: "), r.err());
    }
}
