package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.trajectory.TrajectoryCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class TrajectoryCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void gradientDescentOnAQuadraticPrintsTheHandComputedRows() {
        // L = x^2 + y^2, lr 0.25: each gd step halves the iterate, (4, 2) -> (2, 1) -> (1, 0.5)
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2+y^2", "--optimizer", "gd", "--lr", "0.25",
                "--start", "4,2", "--steps", "2");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(TrajectoryCsv.HEADER, lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("0,4.0,2.0,20.0,0.25,8.0,4.0,"), lines[1]);
        assertTrue(lines[2].startsWith("1,2.0,1.0,5.0,0.25,4.0,2.0,"), lines[2]);
        assertTrue(lines[3].startsWith("2,1.0,0.5,1.25,"), lines[3]);
        assertEquals("", r.err());
    }

    @Test
    void flagsReachTheRunnerExactlyAsARunSpecWould() {
        CliRunner r = CliRunner.run("trajectory", "--function", "rosenbrock", "--optimizer", "adam", "--lr", "0.05",
                "--beta1", "0.8", "--schedule", "exp-norm", "--decay", "0.02", "--start", "-1.5,2", "--steps", "50");
        Trajectory expected = TrajectoryRunner.run(FunctionLibrary.sample("rosenbrock").orElseThrow().compile(),
                RunConfigParser.parseSpec("optimizer=adam,lr=0.05,beta1=0.8,schedule=exp-norm,decay=0.02,"
                        + "start=-1.5,2,steps=50"), null);
        StringBuilder csv = new StringBuilder();
        TrajectoryCsv.write(expected, csv);
        assertEquals(csv.toString(), r.out());
    }

    @Test
    void everyRunParameterHasAFlag() {
        String help = CliRunner.run("trajectory", "--help").out();
        for (String key : RunConfigParser.KEYS) {
            assertTrue(help.contains("--" + key), "no flag --" + key);
        }
    }

    @Test
    void startDefaultsToTheSamplesSuggestion() {
        CliRunner r = CliRunner.run("trajectory", "--function", "quadratic", "--optimizer", "gd", "--steps", "0");
        assertEquals(TrajectoryCsv.HEADER, r.outLines()[0]);
        assertTrue(r.outLines()[1].startsWith("0,4.0,2.0,"), r.out());
    }

    @Test
    void expressionWithoutStartIsBadInput() {
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2", "--optimizer", "gd");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: missing --start X,Y (the function suggests none)" + NL, r.err());
    }

    @Test
    void divergedRunWritesItsRowsAndNotesTheStatus() {
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2+y^2", "--optimizer", "gd", "--lr", "10",
                "--start", "1,1", "--steps", "100");
        assertEquals(0, r.status());
        // x_t = y_t = (1 - 2·10)^t = (-19)^t: |θ| is 19^4 = 130321 at step 4 and 19^5 ≈ 2.5e6 > 1e6 at step 5,
        // so steps 0..4 are written (header + 5 rows) and the step that left the bound is not
        String[] lines = r.outLines();
        assertEquals(6, lines.length, r.out());
        assertEquals(TrajectoryCsv.HEADER, lines[0]);
        assertTrue(lines[5].startsWith("4,130321.0,130321.0,"), lines[5]);
        assertEquals("note: diverged at step 5: left the bound |θ| ≤ 1e6" + NL, r.err());
    }

    @Test
    void writesTheCsvToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.csv");
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2+y^2", "--optimizer", "momentum",
                "--start", "1,1", "--steps", "3", "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(file);
        assertEquals(TrajectoryCsv.HEADER, lines.get(0));
        assertEquals(5, lines.size());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void unwritableOutputIsBadInput(@TempDir Path dir) {
        Path file = dir.resolve("no-such-dir").resolve("run.csv");
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2", "--optimizer", "gd", "--start", "1,1",
                "--out", file.toString());
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: cannot write " + file), r.err());
    }

    @Test
    void lyapunovFunctionChangesOnlyTheDvDtColumn() {
        String[] common = {"trajectory", "--function", "x^2+y^2", "--optimizer", "gd", "--start", "1,1", "--steps", "1"};
        String plain = CliRunner.run(common).outLines()[1];
        String[] withV = java.util.Arrays.copyOf(common, common.length + 2);
        withV[common.length] = "--lyapunov";
        withV[common.length + 1] = "x";
        String custom = CliRunner.run(withV).outLines()[1];
        int dvdt = List.of(TrajectoryCsv.HEADER.split(",")).indexOf("dv_dt");
        assertFalse(plain.split(",")[dvdt].equals(custom.split(",")[dvdt]));
        assertEquals(plain.split(",")[1], custom.split(",")[1]);
    }

    @Test
    void unknownOptimizerIsBadInput() {
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2", "--optimizer", "sgdm", "--start", "1,1");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("sgdm"), r.err());
    }

    @Test
    void outOfRangeHyperParameterIsBadInput() {
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2", "--optimizer", "adam", "--beta1", "1.5",
                "--start", "1,1");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("beta1"), r.err());
    }

    @Test
    void nonNumericStepsIsBadInput() {
        CliRunner r = CliRunner.run("trajectory", "--function", "x^2", "--optimizer", "gd", "--start", "1,1",
                "--steps", "many");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().contains("steps must be an integer, got 'many'"), r.err());
    }

    @Test
    void missingOptimizerIsBadInput() {
        assertTrue(CliRunner.run("trajectory", "--function", "x^2", "--start", "1,1").isBadInputWithOneLine());
    }
}
