package dev.superlevel.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.trajectory.TrajectoryCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class CsvExportTest {

    private static final String TWO_BUMPS = "exp(-((x-1)^2+y^2)) + 0.8*exp(-((x+1)^2+y^2))";

    @Test
    void runsGoIntoOneFileWithARunColumnAndEveryRecordedColumn(@TempDir Path dir) throws Exception {
        var loss = ExpressionCompiler.compile("x^2 + 3*y^2");
        Trajectory a = TrajectoryRunner.run(loss, RunConfig.defaults(OptimizerKind.GD).withSteps(5),
                Cancellation.NONE);
        Trajectory b = TrajectoryRunner.run(loss, RunConfig.defaults(OptimizerKind.ADAM).withSteps(3),
                Cancellation.NONE);
        Path file = dir.resolve("runs.csv");
        CsvExport.writeRuns(List.of(new CsvExport.LabelledRun("Run 1", a),
                new CsvExport.LabelledRun("adam, fast", b)), file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("run," + TrajectoryCsv.HEADER, lines.get(0));
        assertEquals(1 + a.size() + b.size(), lines.size());
        assertTrue(lines.get(1).startsWith("Run 1,0,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("\"adam, fast\"," + (b.size() - 1) + ","));
        assertTrue(Files.list(dir).allMatch(p -> p.equals(file)), "no temporary file left behind");
    }

    @Test
    void persistencePairsAndBettiCurveMatchTheDiagram(@TempDir Path dir) throws Exception {
        var f = GridSampler.sample(ExpressionCompiler.compile(TWO_BUMPS),
                new GridSpec(new Domain(-3, 3, -2, 2), 61, 41));
        PersistenceDiagram d = PersistenceSweep.compute(f, SetMode.SUPERLEVEL, Connectivity.FOUR, Cancellation.NONE);
        Path pairs = dir.resolve("pairs.csv");
        Path betti = dir.resolve("betti.csv");
        CsvExport.writePersistence(d, pairs);
        CsvExport.writeBetti(d, betti);
        List<String> p = Files.readAllLines(pairs);
        assertEquals("birth,death", p.get(0));
        // expected values from a union-find sweep in Python over the same 61×41 samples (4-neighbours): the
        // taller bump peaks at 1.0146525111109874 (x = 1, y = 0), the lower one at 0.8190917138656849
        // (x = -0.9) and dies where they merge, at 0.6540837324082402
        assertEquals(3, p.size(), String.join("\n", p));
        assertRow(p.get(1), 1.0146525111109874, Double.NEGATIVE_INFINITY);
        assertRow(p.get(2), 0.8190917138656849, 0.6540837324082402);
        List<String> b = Files.readAllLines(betti);
        assertEquals("lambda,components", b.get(0));
        // β₀ at each event level, lowest first: merged (1), both bumps (2), only the taller (1)
        assertEquals(4, b.size(), String.join("\n", b));
        assertRow(b.get(1), 0.6540837324082402, 1);
        assertRow(b.get(2), 0.8190917138656849, 2);
        assertRow(b.get(3), 1.0146525111109874, 1);
    }

    private static void assertRow(String line, double first, double second) {
        String[] cells = line.split(",");
        assertEquals(2, cells.length, line);
        assertEquals(first, Double.parseDouble(cells[0]), 1e-12, line);
        assertEquals(second, Double.parseDouble(cells[1]), 1e-12, line);
    }
}
