package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.render.Ticks;

import java.util.Locale;

/** How the Compare dialog writes a row's numbers for reading (the CSV keeps them exact). Stateless. */
final class CompareText {

    private CompareText() {
    }

    /** The final loss: the number, the status of a run that did not complete ("diverged"), or NaN / ±∞. */
    static String finalLoss(ComparisonRow r) {
        if (r.status() != RunStatus.COMPLETED) {
            return r.status().name().toLowerCase(Locale.ROOT);
        }
        return number(r.finalLoss());
    }

    /** Up to 5 significant digits; NaN and ±∞ spelled out. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        return Ticks.format(v, 5);
    }
}
