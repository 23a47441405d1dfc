package dev.superlevel.render;

import dev.superlevel.core.grid.SampledField;

/**
 * The landscape as a raster: one ARGB pixel per grid sample.
 *
 * <p>Orientation: the field stores row j = 0 at ymin (bottom); the raster stores row 0 at the top of the
 * picture (ymax), ready for {@code BufferedImage.setRGB} / {@code PixelWriter.setPixels}:
 * <pre>
 *   raster row r  =  field row j = ny − 1 − r
 *   raster[r·nx + i]  is the colour of  field.value(i, ny − 1 − r)
 * </pre>
 * Undefined samples (NaN, ±∞) are drawn grey with a diagonal hatch. All methods are stateless and
 * thread-safe; they write only the arrays they are given.
 */
public final class LandscapeRaster {

    /** Light grey of undefined samples. */
    public static final int UNDEFINED_ARGB = 0xFFB0B0B0;
    /** Darker grey of the hatch stripes over undefined samples. */
    public static final int HATCH_ARGB = 0xFF7A7A7A;
    /** Period of the diagonal hatch, in samples. */
    static final int HATCH_PERIOD = 6;
    /** Strength of the darkening that draws an iso-line, out of 256. */
    private static final int ISO_DARKEN = 96;

    private LandscapeRaster() {
    }

    /** {@link #heatmap(SampledField, ColorScale, int, Colormap)} with viridis. */
    public static int[] heatmap(SampledField field, ColorScale scale, int isoLineCount) {
        return heatmap(field, scale, isoLineCount, Colormap.VIRIDIS);
    }

    /**
     * The heat map of {@code field}: each defined sample coloured by {@code scale.normalize(v, min, max)}
     * on {@code colormap}, with min/max the field's finite extremes.
     *
     * @param isoLineCount K ≥ 0: when positive, thin darker lines are drawn where the quantised level
     *     ⌊t·K⌋ changes between a sample and its right or lower neighbour, i.e. K − 1 iso-lines of L
     *     evenly spaced in the colour scale (so log-spaced under {@link ColorScale#LOG}).
     * @return nx·ny ARGB pixels, row 0 = top (ymax)
     */
    public static int[] heatmap(SampledField field, ColorScale scale, int isoLineCount, Colormap colormap) {
        if (isoLineCount < 0) {
            throw new IllegalArgumentException("isoLineCount must be >= 0, got " + isoLineCount);
        }
        int nx = field.nx();
        int ny = field.ny();
        double[] t = normalized(field, scale);
        int[] out = new int[nx * ny];
        for (int r = 0; r < ny; r++) {
            int src = (ny - 1 - r) * nx;
            int dst = r * nx;
            for (int i = 0; i < nx; i++) {
                double ti = t[src + i];
                out[dst + i] = Double.isNaN(ti) ? undefinedArgb(i, r) : colormap.argb(ti);
            }
        }
        if (isoLineCount > 0) {
            drawIsoLines(t, nx, ny, isoLineCount, out);
        }
        return out;
    }

    /** The grey/hatch colour of an undefined sample at raster column i, raster row r. */
    public static int undefinedArgb(int i, int r) {
        return (i + r) % HATCH_PERIOD < 2 ? HATCH_ARGB : UNDEFINED_ARGB;
    }

    /**
     * Shades the level set over a heat map in one pass: a sample with label ≥ 0 gets
     * {@code (1 − alpha)·heat + alpha·ComponentPalette.argb(label)}, a sample with label −1 keeps its
     * heat-map colour. This is the per-λ hot path (integer arithmetic, no allocation).
     *
     * @param heatmap nx·ny ARGB, row 0 = top (as {@link #heatmap} returns)
     * @param labels nx·ny component ids in FIELD order (j = 0 bottom), −1 outside the set
     * @param alpha opacity of the component colour, in [0, 1]
     * @param out nx·ny ARGB result, row 0 = top; may be {@code heatmap} itself
     */
    public static void shade(int[] heatmap, int[] labels, int nx, int ny, double alpha, int[] out) {
        checkShadeArguments(heatmap, labels, nx, ny, alpha, out);
        int a = (int) Math.round(alpha * 256);
        int keep = 256 - a;
        int paletteSize = ComponentPalette.size();
        int[] redBlue = new int[paletteSize];
        int[] green = new int[paletteSize];
        for (int k = 0; k < paletteSize; k++) {
            int c = ComponentPalette.argb(k);
            redBlue[k] = (c & 0xFF00FF) * a;
            green[k] = (c & 0x00FF00) * a;
        }
        for (int r = 0; r < ny; r++) {
            int src = (ny - 1 - r) * nx;
            int dst = r * nx;
            for (int i = 0; i < nx; i++) {
                int label = labels[src + i];
                int heat = heatmap[dst + i];
                if (label < 0) {
                    out[dst + i] = heat;
                } else {
                    // keep + a = 256, so each 8-bit channel's blend stays below 2^16: no carries between the
                    // red and blue halves of one int
                    int k = label % paletteSize;
                    int rb = (heat & 0xFF00FF) * keep + redBlue[k] >>> 8 & 0xFF00FF;
                    int g = (heat & 0x00FF00) * keep + green[k] >>> 8 & 0x00FF00;
                    out[dst + i] = 0xFF000000 | rb | g;
                }
            }
        }
    }

    private static void checkShadeArguments(int[] heatmap, int[] labels, int nx, int ny, double alpha,
            int[] out) {
        long size = (long) nx * ny;
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("shade: raster size must be positive, got " + nx + "x" + ny);
        }
        if (heatmap.length != size || labels.length != size || out.length != size) {
            throw new IllegalArgumentException("shade: arrays must have nx*ny = " + size + " entries, got heatmap "
                    + heatmap.length + ", labels " + labels.length + ", out " + out.length);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("shade: alpha must be in [0, 1], got " + alpha);
        }
    }

    private static double[] normalized(SampledField field, ColorScale scale) {
        double[] values = field.values();
        double min = field.min();
        double max = field.max();
        double[] t = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            t[k] = Double.isFinite(v) ? scale.normalize(v, min, max) : Double.NaN;
        }
        return t;
    }

    /** Darkens samples whose quantised level differs from the right or lower (in the picture) neighbour. */
    private static void drawIsoLines(double[] t, int nx, int ny, int levels, int[] out) {
        for (int r = 0; r < ny; r++) {
            int src = (ny - 1 - r) * nx;
            int below = r + 1 < ny ? src - nx : -1;
            for (int i = 0; i < nx; i++) {
                int q = level(t[src + i], levels);
                if (q < 0) {
                    continue;
                }
                boolean edge = i + 1 < nx && differs(q, level(t[src + i + 1], levels))
                        || below >= 0 && differs(q, level(t[below + i], levels));
                if (edge) {
                    out[r * nx + i] = darken(out[r * nx + i]);
                }
            }
        }
    }

    private static boolean differs(int q, int neighbour) {
        return neighbour >= 0 && neighbour != q;
    }

    /** ⌊t·K⌋ clamped to K − 1; −1 for an undefined sample. */
    private static int level(double t, int levels) {
        return Double.isNaN(t) ? -1 : Math.min(levels - 1, (int) (t * levels));
    }

    private static int darken(int argb) {
        int keep = 256 - ISO_DARKEN;
        int rb = (argb & 0xFF00FF) * keep >>> 8 & 0xFF00FF;
        int g = (argb & 0x00FF00) * keep >>> 8 & 0x00FF00;
        return 0xFF000000 | rb | g;
    }
}
