package dev.superlevel.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a recorded training path (issue 10) in a style no optimizer run has: a white dashed line over a
 * dark halo, a small square at every recorded point (every k-th when there are more than
 * {@value #MAX_MARKERS}), a hollow circle at the first point and a filled diamond at the last. Stateless.
 */
final class RecordedPathPainter {

    /** Markers drawn at most, so a path of 10⁵ checkpoints stays readable. */
    static final int MAX_MARKERS = 200;
    private static final float[] DASH = {6f, 4f};
    private static final Color HALO = new Color(0, 0, 0, 170);

    private RecordedPathPainter() {
    }

    static void draw(Graphics2D g, AffineTransform t, TrajectoryOverlay path) {
        int n = path.xs().length;
        Path2D line = new Path2D.Double();
        line.moveTo(path.xs()[0], path.ys()[0]);
        for (int k = 1; k < n; k++) {
            line.lineTo(path.xs()[k], path.ys()[k]);
        }
        Shape shape = t.createTransformedShape(line);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(HALO);
        g.draw(shape);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f));
        g.setColor(new Color(path.argb(), true));
        g.draw(shape);
        int every = Math.max(1, (n + MAX_MARKERS - 1) / MAX_MARKERS);
        g.setStroke(new BasicStroke(1f));
        for (int k = 0; k < n; k += every) {
            double[] p = point(t, path, k);
            Rectangle2D square = new Rectangle2D.Double(p[0] - 2.5, p[1] - 2.5, 5, 5);
            g.setColor(Color.WHITE);
            g.fill(square);
            g.setColor(Color.BLACK);
            g.draw(square);
        }
        endMarkers(g, t, path);
    }

    private static void endMarkers(Graphics2D g, AffineTransform t, TrajectoryOverlay path) {
        double[] first = point(t, path, 0);
        double[] last = point(t, path, path.xs().length - 1);
        g.setStroke(new BasicStroke(1.5f));
        Shape start = new java.awt.geom.Ellipse2D.Double(first[0] - 5, first[1] - 5, 10, 10);
        g.setColor(Color.BLACK);
        g.draw(start);
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(last[0], last[1] - 6);
        diamond.lineTo(last[0] + 6, last[1]);
        diamond.lineTo(last[0], last[1] + 6);
        diamond.lineTo(last[0] - 6, last[1]);
        diamond.closePath();
        g.setColor(Color.WHITE);
        g.fill(diamond);
        g.setColor(Color.BLACK);
        g.draw(diamond);
    }

    private static double[] point(AffineTransform t, TrajectoryOverlay path, int k) {
        double[] p = {path.xs()[k], path.ys()[k]};
        t.transform(p, 0, p, 0, 1);
        return p;
    }

    /** The legend's line sample for a recorded path. */
    static void legendSample(Graphics2D g, Line2D sample) {
        java.awt.Stroke before = g.getStroke(); // the legend and colour bar drawn next keep their own stroke
        g.setStroke(new BasicStroke(4f));
        g.setColor(HALO);
        g.draw(sample);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f));
        g.setColor(Color.WHITE);
        g.draw(sample);
        g.setStroke(before);
    }
}
