package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ComponentsCommandTest {

    private static JsonNode json(CliRunner r) throws Exception {
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.outLines().length, r.out());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void twinPeaksSplitAboveTheirSaddle() throws Exception {
        JsonNode j = json(CliRunner.run("components", "--function", "twin-peaks", "--lambda", "0.5", "--grid", "64"));
        assertEquals(2, j.get("components").asInt());
        assertEquals(2, j.get("sizes").size());
        assertEquals(j.get("cells").asInt(), j.get("sizes").get(0).asInt() + j.get("sizes").get(1).asInt());
    }

    @Test
    void countsCellsOfAHandCheckableSet() throws Exception {
        // x on a 5x5 grid of [-2,2]^2 takes -2..2 per column; x >= 0.5 keeps the two right columns
        JsonNode j = json(CliRunner.run("components", "--function", "x", "--lambda", "0.5", "--grid", "5",
                "--domain", "-2,2,-2,2"));
        assertEquals(1, j.get("components").asInt());
        assertEquals(10, j.get("cells").asInt());
        assertEquals("[5,5]", j.get("grid").toString());
        assertEquals("[-2.0,2.0,-2.0,2.0]", j.get("domain").toString());
        assertEquals("[1.0,2.0,-2.0,2.0]", j.get("peaks").get(0).get("box").toString());
        assertEquals(2.0, j.get("peaks").get(0).get("value").asDouble());
    }

    @Test
    void sublevelModeCountsTheBasins() throws Exception {
        JsonNode j = json(CliRunner.run("components", "--function", "himmelblau", "--lambda", "10", "--sublevel",
                "--grid", "128"));
        assertEquals(4, j.get("components").asInt());
        assertEquals("sublevel", j.get("mode").asText());
    }

    @Test
    void echoesLevelModeAndConnectivity() throws Exception {
        JsonNode j = json(CliRunner.run("components", "--function", "x*y", "--lambda", "1", "--grid", "32",
                "--connectivity", "8"));
        assertEquals(2, j.get("components").asInt());
        assertEquals(1.0, j.get("lambda").asDouble());
        assertEquals("superlevel", j.get("mode").asText());
        assertEquals("8", j.get("connectivity").asText());
    }

    @Test
    void undefinedSamplesAreCountedAndInNoSet() throws Exception {
        JsonNode j = json(CliRunner.run("components", "--function", "log(x)", "--lambda", "-100", "--grid", "4",
                "--domain", "-1,2,0,1"));
        // columns x = -1, 0, 1, 2: log gives NaN and -Infinity in the first two, both undefined
        assertEquals(8, j.get("undefined").asInt());
        assertEquals(8, j.get("cells").asInt());
    }

    @Test
    void nonNumericLambdaIsBadInput() {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "high");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: Invalid value for option '--lambda': 'high' is not a number"), r.err());
    }

    @Test
    void notANumberLambdaIsBadInput() {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "NaN");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
    }

    @Test
    void gridOutOfRangeIsBadInput() {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "0", "--grid", "4097");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("grid must be between 2 and 4096, got 4097"), r.err());
        assertTrue(CliRunner.run("components", "--function", "x", "--lambda", "0", "--grid", "1")
                .isBadInputWithOneLine());
    }

    @Test
    void emptyDomainIsBadInput() {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "0", "--domain", "1,0,0,1");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("xmin must be less than xmax"), r.err());
    }

    @Test
    void domainWithThreeNumbersIsBadInput() {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "0", "--domain", "0,1,0");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
    }

    @Test
    void unknownConnectivityIsBadInput() {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "0", "--connectivity", "6");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("connectivity must be one of 4, 8, contour; got '6'"), r.err());
    }

    @Test
    void missingLambdaIsBadInput() {
        assertTrue(CliRunner.run("components", "--function", "x").isBadInputWithOneLine());
    }
}
