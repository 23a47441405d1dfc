package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

class SummaryCommandTest {

    private static final String NL = System.lineSeparator();

    /*
     * (x² − 1)² + y² on x ∈ {−2, −1, 0, 1, 2}, y ∈ {0, .25, .5, .75, 1}: minima 0 at (±1, 0), the saddle
     * (0, 0) of value 1 merges them (the right one, higher index, dies: persistence 1). Before level 1 the
     * right basin holds the x = 1 column below 1: (1, 0), (1, .25), (1, .5), (1, .75): 4 samples; the
     * other 21 are the left one's. Super-level: peaks 10 at (−2, 1) and (2, 1) and 2 at (0, 1); all three
     * meet at level 1 through (−1, 1) and (1, 1): three pairs.
     */
    @Test
    void twoWellsByHand() {
        CliRunner r = CliRunner.run("summary", "--function", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,0,1",
                "--grid", "5");
        assertEquals(0, r.status(), r.err());
        assertEquals("{\"grid\":[5,5],\"connectivity\":\"contour\",\"min_persistence\":0.0,\"minima\":2,"
                + "\"maxima\":3,\"mean_persistence\":1.0,\"max_persistence\":1.0,\"basins\":["
                + "{\"id\":0,\"value\":0.0,\"location\":[-1.0,0.0],\"persistence\":Infinity,\"death\":Infinity,"
                + "\"size\":21,\"parent\":-1},"
                + "{\"id\":1,\"value\":0.0,\"location\":[1.0,0.0],\"persistence\":1.0,\"death\":1.0,\"size\":4,"
                + "\"parent\":0}]}" + NL, r.out());
    }

    @Test
    void minPersistenceFoldsTheShallowBasin() {
        CliRunner r = CliRunner.run("summary", "--function", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,0,1",
                "--grid", "5", "--min-persistence", "1.5");
        assertTrue(r.out().contains("\"minima\":1,") && r.out().contains("\"size\":25,"), r.out());
        assertTrue(r.out().contains("\"mean_persistence\":NaN,\"max_persistence\":NaN"), r.out());
    }

    @Test
    void himmelblauHasFourMinimaOfValueNearZero() {
        CliRunner r = CliRunner.run("summary", "--function", "himmelblau", "--grid", "201", "--min-persistence", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"minima\":4,"), r.out());
        Matcher m = Pattern.compile("\"value\":([^,]+),").matcher(r.out());
        int basins = 0;
        while (m.find()) {
            assertTrue(Double.parseDouble(m.group(1)) < 0.1, r.out());
            basins++;
        }
        assertEquals(4, basins);
    }

    @Test
    void rastriginHasElevenByElevenMinima() {
        CliRunner r = CliRunner.run("summary", "--function", "rastrigin", "--grid", "257", "--min-persistence", "1");
        assertTrue(r.out().contains("\"minima\":121,"), r.out());
        assertTrue(r.out().contains("\"basins\":[{\"id\":0,\"value\":0.0,\"location\":[0.0,0.0],"), r.out());
    }

    @Test
    void quadraticHasOneBasin() {
        CliRunner r = CliRunner.run("summary", "--function", "x^2 + 2*y^2", "--grid", "33", "--connectivity", "4");
        assertTrue(r.out().startsWith("{\"grid\":[33,33],\"connectivity\":\"4\",\"min_persistence\":0.0,"
                + "\"minima\":1,\"maxima\":"), r.out());
        assertTrue(r.out().contains("\"size\":1089,"), r.out());
    }

    @Test
    void undefinedEverywhereIsBadInput() {
        CliRunner r = CliRunner.run("summary", "--function", "sqrt(-1 - x^2)", "--grid", "8");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: summary: L is undefined at every sample of the grid" + NL, r.err());
    }

    @Test
    void negativeMinPersistenceIsBadInput() {
        CliRunner r = CliRunner.run("summary", "--function", "x^2", "--min-persistence", "-1");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
    }
}
