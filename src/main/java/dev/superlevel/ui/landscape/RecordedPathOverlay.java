package dev.superlevel.ui.landscape;

import dev.superlevel.core.surface.RecordedPath;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws a recorded training path (issue 10) on the map in the style of the exported figures
 * ({@code render/RecordedPathPainter}): a white dashed line over a dark halo, a small square at every
 * recorded point (every k-th beyond {@value #MAX_MARKERS}), a hollow circle at the first point and a filled
 * diamond at the last — no run colour. Stateless.
 */
final class RecordedPathOverlay {

    static final int MAX_MARKERS = 200;
    private static final Color HALO = Color.rgb(0, 0, 0, 170 / 255.0);

    private RecordedPathOverlay() {
    }

    static void draw(GraphicsContext g, PlotArea area, RecordedPath path) {
        int n = path.size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int k = 0; k < n; k++) {
            sx[k] = area.toScreenX(path.xs()[k]);
            sy[k] = area.toScreenY(path.ys()[k]);
        }
        g.save();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(HALO);
        g.setLineWidth(4);
        g.strokePolyline(sx, sy, n);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokePolyline(sx, sy, n);
        g.setLineDashes();
        g.setLineWidth(1);
        int stride = Math.max(1, (n + MAX_MARKERS - 1) / MAX_MARKERS);
        for (int k = 0; k < n; k += stride) {
            g.setFill(Color.WHITE);
            g.fillRect(sx[k] - 2, sy[k] - 2, 4, 4);
            g.setStroke(HALO);
            g.strokeRect(sx[k] - 2, sy[k] - 2, 4, 4);
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(sx[0] - 5, sy[0] - 5, 10, 10);
        double x = sx[n - 1];
        double y = sy[n - 1];
        g.setFill(Color.WHITE);
        g.fillPolygon(new double[] {x, x + 6, x, x - 6}, new double[] {y - 6, y, y + 6, y}, 4);
        g.setStroke(HALO);
        g.setLineWidth(1);
        g.strokePolygon(new double[] {x, x + 6, x, x - 6}, new double[] {y - 6, y, y + 6, y}, 4);
        g.restore();
    }
}
