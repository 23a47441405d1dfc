package dev.superlevel.ui.charts;

import org.jfree.chart.LegendItem;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** The marks and legend entries of the live charts. Stateless. */
final class ChartShapes {

    private ChartShapes() {
    }

    /** An × of half-size r, filled so JFreeChart draws it as a solid mark (a Lyapunov violation). */
    static Shape cross(double r) {
        double w = r / 3;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-r, -r + w);
        p.lineTo(-r + w, -r);
        p.lineTo(0, -w);
        p.lineTo(r - w, -r);
        p.lineTo(r, -r + w);
        p.lineTo(w, 0);
        p.lineTo(r, r - w);
        p.lineTo(r - w, r);
        p.lineTo(0, w);
        p.lineTo(-r + w, r);
        p.lineTo(-r, r - w);
        p.lineTo(-w, 0);
        p.closePath();
        return p;
    }

    /** A circle of radius r, drawn unfilled (a count that differs at 2N). */
    static Shape ring(double r) {
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    /** A legend entry drawn as a short line. */
    static LegendItem lineItem(String label, Color colour, BasicStroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-8, 0, 8, 0), stroke, colour);
        item.setLineVisible(true);
        item.setShapeVisible(false);
        return item;
    }

    /** A legend entry drawn as a mark. */
    static LegendItem shapeItem(String label, Color colour, Shape shape, boolean filled) {
        return new LegendItem(label, null, null, null, true, shape, filled, colour, !filled, colour,
                new BasicStroke(1.2f), false, new Line2D.Double(), new BasicStroke(1f), colour);
    }
}
