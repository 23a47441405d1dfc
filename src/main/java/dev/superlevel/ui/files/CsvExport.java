package dev.superlevel.ui.files;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.topology.BettiCurve;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistencePair;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.io.trajectory.TrajectoryCsv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The app's CSV exports (issue 6), each written atomically (a temporary file next to the target, then
 * moved over it), so a failed export never leaves half a file:
 * <ul>
 * <li>runs: ONE file, {@code run,} followed by every column of {@link TrajectoryCsv#HEADER}, one line per
 * recorded step of every run, the run's label in the first column (quoted when it needs it);</li>
 * <li>persistence pairs: {@code birth,death}, oldest first (the essential pair's death is ±Infinity),
 * as the CLI's {@code persistence};</li>
 * <li>Betti-0 curve: {@code lambda,components} at each step of the step function.</li>
 * </ul>
 */
public final class CsvExport {

    /** A run to export: its label and its computed trajectory. */
    public record LabelledRun(String label, Trajectory trajectory) {
    }

    private CsvExport() {
    }

    /** Writes every run's trajectory into {@code target} with a leading {@code run} column. */
    public static void writeRuns(List<LabelledRun> runs, Path target) throws IOException {
        StringBuilder out = new StringBuilder("run,").append(TrajectoryCsv.HEADER).append('\n');
        for (LabelledRun run : runs) {
            StringBuilder one = new StringBuilder();
            TrajectoryCsv.write(run.trajectory(), one);
            String label = quoted(run.label());
            // skip the run's own header line, prefix each row with the label
            one.toString().lines().skip(1).forEach(line -> out.append(label).append(',').append(line).append('\n'));
        }
        writeAtomically(target, out);
    }

    /** Writes the persistence pairs of {@code diagram} as {@code birth,death}. */
    public static void writePersistence(PersistenceDiagram diagram, Path target) throws IOException {
        StringBuilder out = new StringBuilder("birth,death\n");
        for (PersistencePair pair : diagram.pairs()) {
            out.append(pair.birth()).append(',').append(pair.death()).append('\n');
        }
        writeAtomically(target, out);
    }

    /** Writes the Betti-0 step function of {@code diagram} as {@code lambda,components}. */
    public static void writeBetti(PersistenceDiagram diagram, Path target) throws IOException {
        BettiCurve curve = diagram.bettiCurve();
        StringBuilder out = new StringBuilder("lambda,components\n");
        for (int i = 0; i < curve.levels().length; i++) {
            out.append(curve.levels()[i]).append(',').append(curve.counts()[i]).append('\n');
        }
        writeAtomically(target, out);
    }

    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static void writeAtomically(Path target, CharSequence text) throws IOException {
        AtomicFiles.writeText(target, text);
    }
}
