package dev.superlevel.core.optim;

/** Range checks whose messages name the parameter (by its command-line key) and its allowed range. */
final class Checks {

    private Checks() {
    }

    static void atLeast(String key, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be ≥ " + format(min) + ", got " + format(value));
        }
    }

    static void positive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be > 0, got " + format(value));
        }
    }

    /** lo ≤ value &lt; hi. */
    static void halfOpen(String key, double value, double lo, double hi) {
        if (!(value >= lo && value < hi)) {
            throw new IllegalArgumentException(
                    key + " must be in [" + format(lo) + ", " + format(hi) + "), got " + format(value));
        }
    }

    /** lo ≤ value ≤ hi. */
    static void closed(String key, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(
                    key + " must be in [" + format(lo) + ", " + format(hi) + "], got " + format(value));
        }
    }

    /** lo &lt; value ≤ hi. */
    static void openClosed(String key, double value, double lo, double hi) {
        if (!(value > lo && value <= hi)) {
            throw new IllegalArgumentException(
                    key + " must be in (" + format(lo) + ", " + format(hi) + "], got " + format(value));
        }
    }

    static void finite(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number, got " + format(value));
        }
    }

    static <T> T notNull(String key, T value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be given");
        }
        return value;
    }

    /** Integral values without a trailing ".0" ("got -1"), others in Double.toString form. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
