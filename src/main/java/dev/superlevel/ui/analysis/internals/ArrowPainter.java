package dev.superlevel.ui.analysis.internals;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws one arrow in its kind's style (colour, dashes, head; see {@link ArrowKind}) between two canvas points,
 * over a halo (dark under light colours, light under dark ones) that keeps it readable on any colour map.
 * Stateless; FX thread.
 */
final class ArrowPainter {

    static final double HEAD = 10;
    private static final double WIDTH = 2.2;
    private static final double HALO = 5;

    private ArrowPainter() {
    }

    /** An arrow from (x0, y0) to the tip (x1, y1), in canvas pixels. */
    static void draw(GraphicsContext g, ArrowKind kind, double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 1e-9) {
            return;
        }
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        g.save();
        g.setLineCap(StrokeLineCap.BUTT);
        g.setStroke(halo(kind));
        g.setFill(halo(kind));
        g.setLineWidth(HALO);
        g.setLineDashes();
        g.strokeLine(x0, y0, x1, y1);
        head(g, kind.head(), x1, y1, ux, uy, true);
        Color colour = colour(kind);
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(WIDTH);
        g.setLineDashes(kind.dashes());
        g.strokeLine(x0, y0, x1, y1);
        g.setLineDashes();
        head(g, kind.head(), x1, y1, ux, uy, false);
        g.restore();
    }

    static Color colour(ArrowKind kind) {
        int argb = kind.argb();
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    static Color halo(ArrowKind kind) {
        return kind.isDark() ? Color.rgb(255, 255, 255, 0.8) : Color.rgb(0, 0, 0, 0.65);
    }

    /** The head at the tip (x, y) pointing along (ux, uy); the halo pass strokes it wider. */
    private static void head(GraphicsContext g, ArrowKind.Head head, double x, double y, double ux, double uy,
            boolean halo) {
        double px = -uy;
        double py = ux;
        double w = halo ? HALO : WIDTH;
        g.setLineWidth(w);
        switch (head) {
            case FILLED_TRIANGLE -> {
                double[] xs = {x, x - HEAD * ux + 0.5 * HEAD * px, x - HEAD * ux - 0.5 * HEAD * px};
                double[] ys = {y, y - HEAD * uy + 0.5 * HEAD * py, y - HEAD * uy - 0.5 * HEAD * py};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            }
            case OPEN_V -> {
                double[] xs = {x - HEAD * ux + 0.6 * HEAD * px, x, x - HEAD * ux - 0.6 * HEAD * px};
                double[] ys = {y - HEAD * uy + 0.6 * HEAD * py, y, y - HEAD * uy - 0.6 * HEAD * py};
                g.strokePolyline(xs, ys, 3);
            }
            case DIAMOND -> {
                double h = HEAD * 0.6;
                double[] xs = {x, x - h * ux + 0.5 * h * px, x - 2 * h * ux, x - h * ux - 0.5 * h * px};
                double[] ys = {y, y - h * uy + 0.5 * h * py, y - 2 * h * uy, y - h * uy - 0.5 * h * py};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            case BAR -> g.strokeLine(x + 0.6 * HEAD * px, y + 0.6 * HEAD * py, x - 0.6 * HEAD * px,
                    y - 0.6 * HEAD * py);
            case CIRCLE -> {
                double r = 3.5;
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            default -> throw new IllegalStateException("unknown head " + head);
        }
    }
}
