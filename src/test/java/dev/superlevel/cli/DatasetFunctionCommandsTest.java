package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superlevel.io.session.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --function STEM} of a data-set function (issue 7) works in every command that samples a loss. */
class DatasetFunctionCommandsTest {

    /** blobs-logistic.fn is blobs.csv with the logistic model's defaults: the same loss as these flags. */
    private static final String[] AS_FLAGS = {"--dataset", "sample-functions/blobs.csv", "--model", "logistic"};

    private static CliRunner ok(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.status(), r.err());
        return r;
    }

    private static String[] with(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void evalOfTheBundledLogisticAtTheOriginIsLogTwo() throws Exception {
        var j = new ObjectMapper().readTree(ok("eval", "--function", "blobs-logistic", "--at", "0,0").out());
        // every logit is 0 at θ = 0; the mean of 200 rows rounds by at most (N + few)·2^-53 relative
        assertEquals(Math.log(2), j.get("value").asDouble(), 204 * Math.ulp(1.0) / 2 * Math.log(2));
    }

    @Test
    void topologyCommandsOnTheStemMatchTheSameLossGivenAsDatasetFlags() {
        for (String[] command : new String[][] {
                {"components", "--lambda", "0.4", "--sublevel", "--grid", "48"},
                {"betti", "--levels", "0.2,1,5", "--sublevel", "--grid", "48"},
                {"persistence", "--sublevel", "--grid", "48"}}) {
            String viaStem = ok(with(command, "--function", "blobs-logistic")).out();
            String viaFlags = ok(with(with(command, AS_FLAGS), "--domain", "-4,4,-4,4")).out();
            assertEquals(viaFlags, viaStem, command[0]);
        }
        assertTrue(ok("components", "--function", "blobs-logistic", "--lambda", "0.4", "--sublevel", "--grid",
                "48").out().startsWith("{\"components\":1,"));
    }

    @Test
    void trajectoryOnTheStemStartsAtTheSuggestedStart() {
        CliRunner r = ok("trajectory", "--function", "noisy-labels-logistic", "--optimizer", "gd", "--lr", "0.5",
                "--steps", "5");
        String[] lines = r.outLines();
        assertEquals(1 + 6, lines.length, r.out());
        String[] header = lines[0].split(",");
        String[] first = lines[1].split(",");
        assertEquals("-3.0", first[java.util.Arrays.asList(header).indexOf("x")]);
        assertEquals("3.0", first[java.util.Arrays.asList(header).indexOf("y")]);
    }

    @Test
    void renderDrawsADatasetFunctionAndReRendersItFromThePngAlone(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("blobs.png");
        Path again = dir.resolve("again.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "blobs-logistic", "--grid", "48",
                "--size", "400x300", "--run", "optimizer=gd,lr=0.5,start=-3,3,steps=20", "--out", png.toString()));
        assertEquals("blobs-logistic", SessionFile.fromPng(png).function().name());
        assertEquals(0, SuperlevelCli.run("render", "--session", png.toString(), "--out", again.toString()));
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(again));
    }

    @Test
    void paramOnADatasetFunctionIsBadInput() {
        CliRunner r = CliRunner.run("eval", "--function", "blobs-logistic", "--at", "0,0", "--param", "a=1");
        assertTrue(r.isBadInputWithOneLine(), r.err());
        assertTrue(r.err().contains("'a' is not a parameter of blobs-logistic (it has none)"), r.err());
    }

    @Test
    void functionFileWithAMissingDatasetIsBadInputNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path fn = dir.resolve("mine.fn");
        Files.writeString(fn, "# my data\ndataset = gone.csv\n");
        CliRunner r = CliRunner.run("eval", "--function", fn.toString(), "--at", "0,0");
        assertTrue(r.isBadInputWithOneLine(), r.err());
        assertTrue(r.err().contains("mine.fn:2: dataset: no such file"), r.err());
    }

    @Test
    void functionFileWithADatasetNextToItEvaluates(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.csv"), "x1,x2,label\n2,0,1\n");
        Path fn = dir.resolve("one.fn");
        Files.writeString(fn, "dataset = one.csv\n");
        var j = new ObjectMapper().readTree(ok("eval", "--function", fn.toString(), "--at", "0.5,7").out());
        // one class-1 row x = (2, 0): loss log(1 + e^{−2·w1}), independent of w2
        assertEquals(Math.log1p(Math.exp(-1.0)), j.get("value").asDouble(), 4 * Math.ulp(0.4));
        assertEquals(0.0, j.get("gradient").get(1).asDouble());
    }
}
