package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Every reference trajectory of {@code golden/manifest.csv} (SPEC §1.3), driven through the same
 * {@link RunConfigParser} path as the CLI: rows 0..reliable_last_step must match per column within
 * 1e-9·max(|ours|, |golden|) + 1e-12·max_t|golden_c|; later rows only log their first deviation.
 */
class GoldenTrajectoryTest {

    private static final Logger LOG = Logger.getLogger(GoldenTrajectoryTest.class.getName());
    private static final String[] COLUMNS = {"x", "y", "loss", "lr", "gx", "gy"};

    @TestFactory
    Stream<DynamicTest> everyGoldenTrajectoryMatchesUpToItsReliableStep() throws IOException {
        List<String[]> manifest = readCsv("manifest.csv");
        assertEquals(30, manifest.size() - 1, "manifest rows");
        return manifest.stream().skip(1).map(row -> DynamicTest.dynamicTest(row[0],
                () -> check(row, row[1].equals("quadratic") ? TestLosses.quadratic() : TestLosses.rosenbrock())));
    }

    /** The same reference runs on losses typed as expressions, as a user of the app would. */
    @TestFactory
    Stream<DynamicTest> goldenTrajectoriesMatchOnCompiledExpressions() throws IOException {
        LossFunction quadratic = ExpressionCompiler.compile("0.5*(x^2 + 10*y^2)");
        LossFunction rosenbrock = ExpressionCompiler.compile("(1 - x)^2 + 100*(y - x^2)^2");
        return readCsv("manifest.csv").stream().skip(1).map(row -> DynamicTest.dynamicTest(row[0],
                () -> check(row, row[1].equals("quadratic") ? quadratic : rosenbrock)));
    }

    private static void check(String[] row, LossFunction loss) throws IOException {
        RunConfig cfg = RunConfigParser.parse(keyValues(row));
        Trajectory ours = TrajectoryRunner.run(loss, cfg, Cancellation.NONE);
        List<String[]> golden = readCsv(row[0]);
        assertEquals(List.of("step", "x", "y", "loss", "lr", "gx", "gy"), List.of(golden.get(0)));
        assertEquals(RunStatus.COMPLETED, ours.status(), ours.statusMessage());
        assertEquals(golden.size() - 1, ours.size(), "rows");
        int reliable = Integer.parseInt(row[7]);
        double[] scale = columnMaxima(golden);
        for (int t = 0; t < ours.size(); t++) {
            String deviation = deviation(ours.step(t), golden.get(t + 1), scale);
            if (deviation != null && t <= reliable) {
                fail(row[0] + " row " + t + ": " + deviation);
            }
            if (deviation != null) {
                LOG.info(() -> row[0] + ": first deviation past the reliable step " + reliable + ": " + deviation);
                return;
            }
        }
    }

    /** The manifest row as RunConfigParser key/values (gd_exp, gd_norm and the torch names mapped). */
    static Map<String, String> keyValues(String[] row) {
        Map<String, String> kv = new LinkedHashMap<>();
        String optimizer = row[4];
        kv.put("optimizer", optimizer.startsWith("gd") ? "gd" : optimizer);
        if (optimizer.equals("gd_exp")) {
            kv.put("schedule", "exponential");
        } else if (optimizer.equals("gd_norm")) {
            kv.put("schedule", "exp-norm");
        }
        for (String pair : row[5].split(";")) {
            String[] kvPair = pair.split("=");
            String key = kvPair[0];
            String value = kvPair[1];
            switch (key) {
                case "beta" -> kv.put("decay", value);
                case "initial_accumulator_value" -> assertEquals(0.0, Double.parseDouble(value), key);
                case "mech_store_delta" -> assertEquals("0", value, key); // the torch variant recomputes Δ
                default -> kv.put(key.replace('_', '-'), value);
            }
        }
        kv.put("start", row[2] + "," + row[3]);
        kv.put("steps", row[6]);
        return kv;
    }

    private static String deviation(TrajectoryStep step, String[] golden, double[] scale) {
        assertEquals(Integer.parseInt(golden[0]), step.step());
        double[] ours = {step.x(), step.y(), step.loss(), step.lr(), step.gx(), step.gy()};
        for (int c = 0; c < COLUMNS.length; c++) {
            double expected = Double.parseDouble(golden[c + 1]);
            double tolerance = 1e-9 * Math.max(Math.abs(ours[c]), Math.abs(expected)) + 1e-12 * scale[c];
            if (!(Math.abs(ours[c] - expected) <= tolerance)) {
                return COLUMNS[c] + " is " + ours[c] + ", golden " + expected + " (tolerance " + tolerance + ")";
            }
        }
        return null;
    }

    private static double[] columnMaxima(List<String[]> golden) {
        double[] max = new double[COLUMNS.length];
        for (String[] line : golden.subList(1, golden.size())) {
            for (int c = 0; c < COLUMNS.length; c++) {
                max[c] = Math.max(max[c], Math.abs(Double.parseDouble(line[c + 1])));
            }
        }
        return max;
    }

    static List<String[]> readCsv(String name) throws IOException {
        try (InputStream in = GoldenTrajectoryTest.class.getResourceAsStream("/golden/" + name)) {
            assertTrue(in != null, "missing golden resource " + name);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        }
    }
}
