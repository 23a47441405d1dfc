package dev.superlevel.io.analysis;

import dev.superlevel.core.analysis.ComparisonRow;

import java.util.List;
import java.util.Locale;

/**
 * The CSV of a fair comparison (SPEC §3.1 {@code compare}), shared by the CLI's output and the app's Compare
 * dialog export so both read the same: {@link #HEADER}, then one line per row with numbers as
 * {@link Double#toString} (round-trip exact), {@code steps_to_target} empty when never reached, the status in
 * lower case. Stateless and thread-safe.
 */
public final class ComparisonCsv {

    /** The columns: the SPEC's, then {@code basin_switches}. */
    public static final String HEADER =
            "optimizer,lr,final_loss,best_loss,steps_to_target,violations,status,best,basin_switches";

    private ComparisonCsv() {
    }

    /** One row without a line end, e.g. {@code gd,0.5,0.0,0.0,1,0,completed,true,0}. */
    public static String line(ComparisonRow r) {
        return r.optimizer().cliName() + "," + r.learningRate() + "," + r.finalLoss() + "," + r.bestLoss() + ","
                + (r.stepsToTarget() < 0 ? "" : Integer.toString(r.stepsToTarget())) + "," + r.violations() + ","
                + r.status().name().toLowerCase(Locale.ROOT) + "," + r.best() + "," + r.basinSwitches();
    }

    /** The header and every row, each line ended by {@code lineEnd}. */
    public static String text(List<ComparisonRow> rows, String lineEnd) {
        StringBuilder out = new StringBuilder(HEADER).append(lineEnd);
        for (ComparisonRow r : rows) {
            out.append(line(r)).append(lineEnd);
        }
        return out.toString();
    }
}
