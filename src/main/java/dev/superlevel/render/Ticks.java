package dev.superlevel.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks (1, 2, 5 × 10^k steps) and their compact labels. Stateless. */
public final class Ticks {

    /** Pixels per tick along a horizontal axis: a map {@code w} pixels wide gets about w / 80 ticks. */
    public static final int X_AXIS_SPACING = 80;
    /** Pixels per tick along a vertical axis. */
    public static final int Y_AXIS_SPACING = 60;

    private Ticks() {
    }

    /**
     * The ticks of a map axis over [lo, hi] drawn {@code pixels} long, {@code spacing} pixels per tick
     * ({@link #X_AXIS_SPACING} or {@link #Y_AXIS_SPACING}), at least two: the one rule for exported figures
     * and the app's map, so on-screen ticks match exported ones of the same size.
     */
    public static double[] axis(double lo, double hi, double pixels, int spacing) {
        return linear(lo, hi, Math.max(2, (int) (pixels / spacing)));
    }

    /**
     * Tick values in [lo, hi] with a 1/2/5·10^k step giving at most about {@code target} ticks. A range too
     * narrow for a representable step (a subnormal span, or one below the spacing of doubles near lo)
     * gets the single tick lo; there are never more than 2·target + 2 ticks.
     */
    public static double[] linear(double lo, double hi, int target) {
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            return Double.isFinite(lo) ? new double[] {lo} : new double[0];
        }
        int wanted = Math.max(1, target);
        double step = niceStep((hi - lo) / wanted);
        double first = Math.ceil(lo / step - 1e-9) * step;
        if (!(step > 0) || !Double.isFinite(step) || !Double.isFinite(first) || first + step == first) {
            return new double[] {lo}; // issue 12: a step of 0 (or one lost in rounding) never advanced
        }
        List<Double> ticks = new ArrayList<>();
        for (int k = 0; k <= 2 * wanted + 1; k++) {
            double t = first + k * step;
            if (t > hi + step * 1e-9) {
                break;
            }
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** A short label: up to 4 significant digits, trailing zeros removed, exponent form when huge/tiny. */
    public static String format(double v) {
        return format(v, 4);
    }

    /** A short label with up to {@code digits} significant digits (1..17). */
    public static String format(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            String s = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", v);
            return s.replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros();
        return d.toPlainString();
    }
}
