package dev.superlevel.ui.analysis.internals;

/**
 * The optimizer quantities drawn as arrows at the current step (issue 14), each in its own style: a colour no
 * run uses ({@link dev.superlevel.render.RunPalette}), a dash pattern and a head shape, so two arrows stay
 * apart even where colours are hard to tell (colour-blind readers, a busy colour map). Every arrow is drawn
 * as the push it gives θ: the gradient and the buffer are negated (the optimizer subtracts them).
 */
public enum ArrowKind {
    /** −g: the gradient the optimizer was given (∇J, with noise when on), negated. */
    GRADIENT("\u2212g", "negative gradient", 0xFFFFD400, new double[0], Head.FILLED_TRIANGLE),
    /** −buf: the momentum buffer (momentum, nesterov) or Adam's first moment m, negated. */
    BUFFER("\u2212m", "momentum buffer / first moment, negated", 0xFF00D5A0, new double[] {9, 5}, Head.OPEN_V),
    /** d: the scaled direction of the update per unit rate (Adam's per-coordinate scaled direction). */
    DIRECTION("d", "scaled direction per unit rate", 0xFFE6E6E6, new double[] {2, 4}, Head.DIAMOND),
    /** Δ: the Mechanic tuner's reference direction (x_{t+1} = x_ref + S·Δ). */
    REFERENCE("\u0394", "tuner's reference direction", 0xFF202020, new double[] {10, 4, 2, 4}, Head.BAR),
    /** Δθ = θ_{t+1} − θ_t: the update actually made. */
    UPDATE("\u0394\u03b8", "actual update", 0xFF3D5AFE, new double[0], Head.CIRCLE);

    /** How an arrow's tip is marked. */
    public enum Head {
        FILLED_TRIANGLE, OPEN_V, DIAMOND, BAR, CIRCLE
    }

    private final String symbol;
    private final String description;
    private final int argb;
    private final double[] dashes;
    private final Head head;

    ArrowKind(String symbol, String description, int argb, double[] dashes, Head head) {
        this.symbol = symbol;
        this.description = description;
        this.argb = argb;
        this.dashes = dashes;
        this.head = head;
    }

    /** The short name drawn in the map's key, e.g. "−g". */
    public String symbol() {
        return symbol;
    }

    /** What the arrow shows, in words. */
    public String description() {
        return description;
    }

    /** The opaque ARGB colour of the arrow. */
    public int argb() {
        return argb;
    }

    /** The dash pattern in pixels (on, off, …); empty for a solid line. A copy. */
    public double[] dashes() {
        return dashes.clone();
    }

    /** The tip's shape. */
    public Head head() {
        return head;
    }

    /** Whether the colour is dark, so the arrow gets a light halo instead of a dark one. */
    public boolean isDark() {
        int r = argb >> 16 & 0xFF;
        int g = argb >> 8 & 0xFF;
        int b = argb & 0xFF;
        return 0.299 * r + 0.587 * g + 0.114 * b < 110;
    }
}
