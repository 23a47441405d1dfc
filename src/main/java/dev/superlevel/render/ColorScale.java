package dev.superlevel.render;

import java.util.Locale;

/**
 * How a loss value is mapped to a position t ∈ [0, 1] on a {@link Colormap}.
 *
 * <ul>
 *   <li>{@link #LINEAR}: t = (v − min)/(max − min).</li>
 *   <li>{@link #LOG}: t = log10((v − min + ε)/ε) / log10((max − min + ε)/ε) with the offset
 *       ε = (max − min)·10^−{@value #LOG_DECADES}. Shifting by min makes any function loggable (a
 *       minimum of 0, or negative values, are fine); ε fixes the bottom of the scale
 *       {@value #LOG_DECADES} decades below the value range, so the colour bar always spans
 *       {@value #LOG_DECADES} decades and a valley floor (Rosenbrock's) keeps visible structure.</li>
 * </ul>
 * A constant field (max = min) maps to t = 0. Values outside [min, max] are clamped. NaN stays NaN.
 */
public enum ColorScale {
    LINEAR,
    LOG;

    /** Decades spanned by the log scale below the value range (see the class comment). */
    public static final int LOG_DECADES = 6;

    /** The position of {@code v} on the colour map, in [0, 1] (NaN for NaN). */
    public double normalize(double v, double min, double max) {
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return Double.isNaN(v) ? Double.NaN : 0.0;
        }
        double u = Math.min(1.0, Math.max(0.0, (v - min) / range));
        if (this == LINEAR || Double.isNaN(u)) {
            return u;
        }
        return Math.log10(1.0 + u * LOG_RATIO) / LOG_TOP;
    }

    /** The value at position t ∈ [0, 1]: the inverse of {@link #normalize}. */
    public double valueAt(double t, double min, double max) {
        double range = max - min;
        if (this == LINEAR) {
            return min + t * range;
        }
        return min + range * (Math.pow(10.0, t * LOG_TOP) - 1.0) / LOG_RATIO;
    }

    /** The lower-case name used in files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code linear} or {@code log} (case-insensitive). */
    public static ColorScale parse(String name) {
        String n = name == null ? "" : name.trim();
        for (ColorScale s : values()) {
            if (s.label().equalsIgnoreCase(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown colour scale '" + name + "' (expected linear or log)");
    }

    /** (max − min)/ε. */
    private static final double LOG_RATIO = Math.pow(10.0, LOG_DECADES);
    /** log10(1 + (max − min)/ε): the log scale's top, so that v = max maps to exactly t = 1. */
    private static final double LOG_TOP = Math.log10(1.0 + LOG_RATIO);
}
