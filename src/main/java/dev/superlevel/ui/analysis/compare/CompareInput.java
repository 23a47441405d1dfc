package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.Limits;
import dev.superlevel.core.analysis.LearningRateSweep;
import dev.superlevel.core.optim.OptimizerKind;

import java.util.List;
import java.util.Map;

/**
 * Reads the Compare dialog's fields into a {@link CompareRequest}; bad input throws a {@link Problem} naming
 * the field and what is wrong with it, which the dialog shows in red next to that field. Stateless.
 */
final class CompareInput {

    /** The dialog's fields, by the label the user reads. */
    enum Field {
        OPTIMIZERS("optimizers"), LR_MIN("lr min"), LR_MAX("lr max"), LR_COUNT("rates"), STEPS("steps"),
        TARGET("target loss"), START("start");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Bad input in one field; the message starts with the field's label. */
    static final class Problem extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final transient Field field;

        Problem(Field field, String what) {
            super(field.label() + ": " + what);
            this.field = field;
        }

        Field field() {
            return field;
        }
    }

    private CompareInput() {
    }

    /**
     * @param target blank for none
     * @throws Problem naming the first bad field, in the dialog's order
     */
    static CompareRequest read(List<OptimizerKind> optimizers, String lrMin, String lrMax, String count,
            String steps, String target, String start, Map<String, String> shared) {
        if (optimizers.isEmpty()) {
            throw new Problem(Field.OPTIMIZERS, "tick at least one optimizer");
        }
        double min = number(Field.LR_MIN, lrMin);
        double max = number(Field.LR_MAX, lrMax);
        int k = whole(Field.LR_COUNT, count);
        double[] rates = rates(min, max, k);
        int n = whole(Field.STEPS, steps);
        if (n < 1 || n > Limits.MAX_RUN_STEPS) {
            throw new Problem(Field.STEPS, "must be 1 to " + Limits.MAX_RUN_STEPS + ", got " + n);
        }
        long total = (long) n * rates.length * optimizers.size();
        if (total > Limits.MAX_TOTAL_STEPS) {
            throw new Problem(Field.STEPS, n + " steps × " + rates.length * optimizers.size() + " runs = " + total
                    + " updates, more than " + Limits.MAX_TOTAL_STEPS + " in all");
        }
        double eps = target == null || target.isBlank() ? Double.NaN : number(Field.TARGET, target);
        double[] xy = point(start);
        return new CompareRequest(optimizers, rates, n, eps, xy[0], xy[1], shared);
    }

    private static double[] rates(double min, double max, int k) {
        if (!(min > 0)) {
            throw new Problem(Field.LR_MIN, "must be > 0, got " + min);
        }
        if (!(max >= min)) {
            throw new Problem(Field.LR_MAX, "must be at least lr min " + min + ", got " + max);
        }
        if (k < 1 || k > LearningRateSweep.MAX_COUNT) {
            throw new Problem(Field.LR_COUNT, "must be 1 to " + LearningRateSweep.MAX_COUNT + ", got " + k);
        }
        if (k == 1 && min != max) {
            throw new Problem(Field.LR_COUNT, "one rate needs lr min = lr max, got " + min + " and " + max);
        }
        return LearningRateSweep.logSpaced(min, max, k);
    }

    private static double number(Field field, String text) {
        String t = text == null ? "" : text.strip();
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Problem(field, t.isEmpty() ? "missing a number" : "not a finite number: '" + t + "'");
    }

    private static int whole(Field field, String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new Problem(field, t.isEmpty() ? "missing a whole number" : "not a whole number: '" + t + "'");
        }
    }

    private static double[] point(String text) {
        String t = text == null ? "" : text.strip();
        String[] parts = t.split(",");
        if (parts.length == 2) {
            try {
                double x = Double.parseDouble(parts[0].strip());
                double y = Double.parseDouble(parts[1].strip());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    return new double[] {x, y};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new Problem(Field.START, "expected x,y (two finite numbers), got '" + t + "'");
    }
}
