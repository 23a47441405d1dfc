package dev.superlevel.ui.analysis.internals;

import dev.superlevel.core.grid.Domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a step's arrows are drawn to scale on the map. One common factor for all of them: a vector of length
 * |v| is drawn {@code factor}·|v| domain units long, with the factor chosen so that the longest arrow spans
 * {@link #LONGEST_FRACTION} of the view's shorter side. A scale bar of a round length ({@link #barValue()},
 * 1, 2 or 5 × 10ⁿ, the largest not above the longest arrow) reads the lengths off.
 *
 * <p>At one scale a tiny update next to a large gradient would shrink to a dot, so an arrow shorter than
 * {@link #SHORTEST_FRACTION} of the view is drawn magnified by the smallest power of ten that makes it
 * readable, and labelled "×10", "×100", … at its tip: the scale stays true for every arrow, once its label's
 * factor is divided out. Immutable.
 *
 * @param factor   domain units drawn per unit of vector length (&gt; 0)
 * @param barValue the scale bar's length in vector units (1, 2 or 5 × 10ⁿ)
 * @param shortest the shortest drawn length, in domain units, below which an arrow is magnified
 */
public record ArrowScale(double factor, BigDecimal barValue, double shortest) {

    /** The longest arrow spans this fraction of the view's shorter side. */
    public static final double LONGEST_FRACTION = 0.2;
    /** Arrows drawn shorter than this fraction of the view's shorter side are magnified. */
    public static final double SHORTEST_FRACTION = 0.03;

    /**
     * The scale for {@code arrows} in the view {@code view}, or null when there is nothing to scale (no arrow, or
     * all of zero length).
     */
    public static ArrowScale fit(List<Arrow> arrows, Domain view) {
        double longest = 0;
        for (Arrow a : arrows) {
            longest = Math.max(longest, a.length());
        }
        if (!(longest > 0) || !Double.isFinite(longest)) {
            return null;
        }
        double side = Math.min(view.width(), view.height());
        return new ArrowScale(LONGEST_FRACTION * side / longest, roundDown(longest), SHORTEST_FRACTION * side);
    }

    /** The largest of 1, 2, 5 × 10ⁿ that is at most {@code v} (v &gt; 0), exactly. */
    static BigDecimal roundDown(double v) {
        int exponent = (int) Math.floor(Math.log10(v));
        BigDecimal best = BigDecimal.ONE.scaleByPowerOfTen(exponent - 1).multiply(BigDecimal.valueOf(5));
        for (int e = exponent - 1; e <= exponent + 1; e++) {
            for (int m : new int[] {1, 2, 5}) {
                BigDecimal candidate = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                if (candidate.doubleValue() <= v && candidate.compareTo(best) > 0) {
                    best = candidate;
                }
            }
        }
        return best.stripTrailingZeros();
    }

    /**
     * The power of ten the arrow is magnified by: 1 when {@code factor}·|v| ≥ {@link #shortest()} (or |v| = 0,
     * which is drawn as a dot), else the smallest 10ᵏ that brings it there.
     */
    public double magnification(Arrow a) {
        double drawn = factor * a.length();
        if (drawn >= shortest || drawn == 0) {
            return 1;
        }
        return Math.pow(10, Math.ceil(Math.log10(shortest / drawn)));
    }

    /** The arrow's tip in domain coordinates, as drawn (with its magnification). */
    public double[] tip(Arrow a) {
        double k = factor * magnification(a);
        return new double[] {a.x() + k * a.vx(), a.y() + k * a.vy()};
    }

    /** The scale bar's length in domain units. */
    public double barLength() {
        return factor * barValue.doubleValue();
    }

    /** The scale bar's caption, e.g. "⟷ = 0.5". */
    public String barLabel() {
        return "\u27f7 = " + barText();
    }

    /** The scale bar's length as text, e.g. "0.5", "2e-07". */
    public String barText() {
        return format(barValue);
    }

    /** The magnification's label: "×10", "×100", "×1000", then "×10⁴", "×10⁵", …; "" for none. */
    public String magnificationLabel(Arrow a) {
        int power = (int) Math.round(Math.log10(magnification(a)));
        if (power == 0) {
            return "";
        }
        return "\u00d7" + (power <= 3 ? "1" + "0".repeat(power) : "10" + superscript(power));
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String format(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.abs().compareTo(BigDecimal.valueOf(1e5)) >= 0 || s.abs().compareTo(new BigDecimal("1e-4")) < 0
                ? String.format(java.util.Locale.ROOT, "%.0e", s.doubleValue()) : s.toPlainString();
    }
}
