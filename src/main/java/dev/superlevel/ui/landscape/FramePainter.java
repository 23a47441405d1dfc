package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.ColorBar;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.render.Ticks;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the frame around the map: axes with ticks in domain units, and the colour bar with λ marked. Ticks
 * and labels follow {@link Ticks}, the rule of exported figures, so the screen and a PNG agree.
 */
final class FramePainter {

    private FramePainter() {
    }

    static void drawAxes(GraphicsContext g, PlotArea area, Color ink) {
        g.setStroke(ink);
        g.setFill(ink);
        g.setLineWidth(1);
        g.setFont(Font.font(11));
        g.strokeRect(area.left(), area.top(), area.width(), area.height());
        Domain d = area.domain();
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : Ticks.axis(d.xmin(), d.xmax(), area.width(), Ticks.X_AXIS_SPACING)) {
            double sx = area.toScreenX(t);
            g.strokeLine(sx, area.top() + area.height(), sx, area.top() + area.height() + 4);
            g.fillText(Ticks.format(t), sx, area.top() + area.height() + 16);
        }
        g.fillText("x", area.left() + area.width() / 2, area.top() + area.height() + 30);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : Ticks.axis(d.ymin(), d.ymax(), area.height(), Ticks.Y_AXIS_SPACING)) {
            double sy = area.toScreenY(t);
            g.strokeLine(area.left() - 4, sy, area.left(), sy);
            g.fillText(Ticks.format(t), area.left() - 6, sy + 4);
        }
        g.fillText("y", 12, area.top() + area.height() / 2);
    }

    /** Draws the colour bar right of the plot; returns the tick labels drawn, bottom to top. */
    static List<String> drawColourBar(GraphicsContext g, PlotArea area, LandscapeData data, double lambda,
            Color ink) {
        SampledField f = data.field();
        List<String> labels = new ArrayList<>();
        if (Double.isNaN(f.min())) {
            return labels;
        }
        int steps = 256;
        double[] ramp = new double[steps];
        for (int k = 0; k < steps; k++) {
            // evenly spaced in colour-map position (the raster puts the last sample, max, on top)
            ramp[k] = data.scale().valueAt(k / (steps - 1.0), f.min(), f.max());
        }
        // the bar uses the raster's own colouring of a ramp, so it matches the map in every scale
        GridSpec spec = new GridSpec(new Domain(0, 1, 0, 1), 1, steps);
        int[] colours = LandscapeRaster.heatmap(new SampledField(spec, ramp), data.scale(), 0);
        double x = area.left() + area.width() + 12;
        double w = 14;
        double cell = area.height() / steps;
        for (int k = 0; k < steps; k++) {
            g.setFill(LandscapeView.argbColour(colours[k]));
            g.fillRect(x, area.top() + k * cell, w, cell + 0.6);
        }
        g.setStroke(ink);
        g.strokeRect(x, area.top(), w, area.height());
        g.setFill(ink);
        g.setTextAlign(TextAlignment.LEFT);
        // the exported figure's rule (render.ColorBar): 1/2/5 ticks when linear, min + 10^k when log,
        // placed where the colour of that value is drawn
        ColorScale scale = data.scale();
        boolean log = scale == ColorScale.LOG;
        double lastLabelY = Double.POSITIVE_INFINITY;
        for (double t : ColorBar.ticks(scale, f.min(), f.max())) {
            double sy = barY(area, scale, t, f);
            g.strokeLine(x + w, sy, x + w + 3, sy);
            if (lastLabelY - sy >= 11) {
                String label = dev.superlevel.render.Ticks.format(t, log ? 2 : 4);
                g.fillText(label, x + w + 5, sy + 4);
                labels.add(label);
                lastLabelY = sy;
            }
        }
        if (log) {
            g.fillText("log", x - 2, area.top() + area.height() + 14);
        }
        double lambdaY = barY(area, scale, lambda, f);
        g.setStroke(Color.RED);
        g.setLineWidth(2);
        g.strokeLine(x - 3, lambdaY, x + w + 3, lambdaY);
        return labels;
    }

    /** The bar's screen y of loss value {@code v}: where its colour is drawn (top = max). */
    static double barY(PlotArea area, ColorScale scale, double v, SampledField f) {
        return area.top() + (1.0 - scale.normalize(v, f.min(), f.max())) * area.height();
    }
}
