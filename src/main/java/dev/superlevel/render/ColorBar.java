package dev.superlevel.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The colour bar beside the heat map: a vertical gradient of the colour map (bottom = min, top = max),
 * ticks and labels in loss units for the scale, and a marker at λ.
 *
 * <p>Linear scale: 1/2/5·10^k ticks. Log scale: ticks at min + 10^k for every decade inside the bar
 * (the bar spans {@value ColorScale#LOG_DECADES} decades of v − min, see {@link ColorScale}).
 */
public final class ColorBar {

    private ColorBar() {
    }

    /** Tick values (loss units) for a bar showing [min, max] in {@code scale}. */
    public static double[] ticks(ColorScale scale, double min, double max) {
        if (scale == ColorScale.LINEAR || !(max > min)) {
            return Ticks.linear(min, max, 5);
        }
        double range = max - min;
        double epsilon = range * Math.pow(10, -ColorScale.LOG_DECADES);
        List<Double> ticks = new ArrayList<>();
        for (int k = (int) Math.ceil(Math.log10(epsilon)); k <= (int) Math.floor(Math.log10(range)); k++) {
            ticks.add(min + Math.pow(10, k));
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Draws the bar into {@code bar} (the gradient strip; labels go to its right) in the given colours.
     *
     * @param lambda the current level, marked across the bar when inside [min, max]; NaN for none
     */
    public static void draw(Graphics2D g, Rectangle2D bar, Colormap colormap, ColorScale scale, double min,
            double max, double lambda, FigureStyle style, Font font) {
        drawGradient(g, bar, colormap);
        g.setColor(style.foreground());
        g.draw(bar);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double lastLabelY = Double.POSITIVE_INFINITY;
        for (double v : ticks(scale, min, max)) {
            double y = yOf(bar, scale.normalize(v, min, max));
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + 4, y));
            if (lastLabelY - y >= fm.getAscent()) {
                g.drawString(Ticks.format(v, scale == ColorScale.LOG ? 2 : 4), (float) (bar.getMaxX() + 6), (float) (y + fm.getAscent() / 2.0 - 1));
                lastLabelY = y;
            }
        }
        if (Double.isFinite(lambda) && lambda >= min && lambda <= max) {
            double y = yOf(bar, scale.normalize(lambda, min, max));
            g.setStroke(new java.awt.BasicStroke(2f));
            g.setColor(java.awt.Color.WHITE);
            g.draw(new Line2D.Double(bar.getMinX() - 3, y, bar.getMaxX() + 3, y));
            g.setStroke(new java.awt.BasicStroke(1f));
            g.setColor(java.awt.Color.BLACK);
            g.draw(new Line2D.Double(bar.getMinX() - 3, y, bar.getMaxX() + 3, y));
        }
    }

    private static void drawGradient(Graphics2D g, Rectangle2D bar, Colormap colormap) {
        int rows = Math.max(1, (int) Math.ceil(bar.getHeight()));
        for (int r = 0; r < rows; r++) {
            double t = 1.0 - (r + 0.5) / rows;
            g.setColor(new java.awt.Color(colormap.argb(t), true));
            double y0 = bar.getMinY() + bar.getHeight() * r / rows;
            double y1 = bar.getMinY() + bar.getHeight() * (r + 1) / rows;
            g.fill(new Rectangle2D.Double(bar.getMinX(), y0, bar.getWidth(), y1 - y0 + 0.5));
        }
    }

    private static double yOf(Rectangle2D bar, double t) {
        return bar.getMaxY() - t * bar.getHeight();
    }
}
