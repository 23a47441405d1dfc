package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BettiCommandTest {

    private static final String NL = System.lineSeparator();
    /** Two unit peaks at (±1, 0) joined through the saddle (0, 0) of value 0, on a 5×5 grid. */
    private static final String[] TWO_PEAKS = {"--function", "1 - (x^2 - 1)^2 - y^2", "--domain", "-2,2,0,1",
        "--grid", "5"};

    private static String[] args(String... extra) {
        String[] all = new String[1 + TWO_PEAKS.length + extra.length];
        all[0] = "betti";
        System.arraycopy(TWO_PEAKS, 0, all, 1, TWO_PEAKS.length);
        System.arraycopy(extra, 0, all, 1 + TWO_PEAKS.length, extra.length);
        return all;
    }

    @Test
    void printsTheCountAtEvenlySpacedLevelsIncludingBothEnds() {
        CliRunner r = CliRunner.run(args("--levels", "-0.5,1.5,5"));
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join(NL, "lambda,components", "-0.5,1", "0.0,1", "0.5,2", "1.0,2", "1.5,0") + NL,
                r.out());
    }

    @Test
    void levelsMayDescend() {
        CliRunner r = CliRunner.run(args("--levels", "1,0,2"));
        assertEquals(String.join(NL, "lambda,components", "1.0,2", "0.0,1") + NL, r.out());
    }

    @Test
    void lastLevelIsExactlyB() {
        CliRunner r = CliRunner.run(args("--levels", "0,0.3,4"));
        assertTrue(r.out().endsWith(NL + "0.3,2" + NL), r.out());
    }

    @Test
    void singleLevelWhenBothEndsAgree() {
        assertEquals("lambda,components" + NL + "0.5,2" + NL, CliRunner.run(args("--levels", "0.5,0.5,1")).out());
    }

    @Test
    void sublevelModeCountsBasins() {
        CliRunner r = CliRunner.run("betti", "--function", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,0,1", "--grid",
                "5", "--sublevel", "--levels", "0.5,0.5,1");
        assertEquals("lambda,components" + NL + "0.5,2" + NL, r.out());
    }

    @Test
    void agreesWithTheComponentsCommandOnASample() throws Exception {
        String[] lines = CliRunner.run("betti", "--function", "peaks", "--grid", "96", "--levels", "-4,7,12")
                .outLines();
        ObjectMapper mapper = new ObjectMapper();
        for (int k = 1; k < lines.length; k++) {
            String[] row = lines[k].split(",");
            CliRunner c = CliRunner.run("components", "--function", "peaks", "--grid", "96", "--lambda", row[0]);
            assertEquals(Integer.parseInt(row[1]), mapper.readTree(c.out()).get("components").asInt(), lines[k]);
        }
    }

    @Test
    void minPersistenceHidesShortLivedComponents() {
        // both peaks are born at 1 and the younger dies at 0: persistence 1
        assertTrue(CliRunner.run(args("--levels", "0.5,0.5,1", "--min-persistence", "1.5")).out()
                .endsWith("0.5,1" + NL));
    }

    @Test
    void levelsWithTwoNumbersAreBadInput() {
        CliRunner r = CliRunner.run(args("--levels", "0,1"));
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("expected A,B,K (two levels and a count), got '0,1'"), r.err());
    }

    @Test
    void nonIntegerCountIsBadInput() {
        assertTrue(CliRunner.run(args("--levels", "0,1,2.5")).isBadInputWithOneLine());
    }

    @Test
    void zeroCountIsBadInput() {
        assertTrue(CliRunner.run(args("--levels", "0,1,0")).isBadInputWithOneLine());
    }

    @Test
    void singleLevelBetweenDistinctEndsIsBadInput() {
        assertTrue(CliRunner.run(args("--levels", "0,1,1")).isBadInputWithOneLine());
    }

    @Test
    void nonNumericLevelIsBadInput() {
        CliRunner r = CliRunner.run(args("--levels", "zero,1,3"));
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("'zero' is not a number"), r.err());
    }

    @Test
    void negativeMinPersistenceIsBadInput() {
        assertTrue(CliRunner.run(args("--levels", "0,1,2", "--min-persistence", "-1")).isBadInputWithOneLine());
    }
}
