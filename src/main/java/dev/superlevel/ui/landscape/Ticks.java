package dev.superlevel.ui.landscape;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis tick positions (1, 2, 5 × 10^k steps), as plotting libraries choose them. */
public final class Ticks {

    private Ticks() {
    }

    /** About {@code target} ticks covering [min, max], every tick inside the range. */
    public static List<Double> nice(double min, double max, int target) {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return ticks;
        }
        double raw = (max - min) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude;
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A short label: no trailing zeros, scientific notation for very large or small values. */
    public static String format(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return String.format(java.util.Locale.ROOT, "%.2g", v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
