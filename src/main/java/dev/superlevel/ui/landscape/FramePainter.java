package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.render.Ticks;
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

    static void drawColourBar(GraphicsContext g, PlotArea area, LandscapeData data, double lambda, Color ink) {
        SampledField f = data.field();
        if (Double.isNaN(f.min())) {
            return;
        }
        int steps = 256;
        double[] ramp = new double[steps];
        for (int k = 0; k < steps; k++) {
            ramp[k] = f.min() + (f.max() - f.min()) * k / (steps - 1);
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
        for (double t : Ticks.linear(f.min(), f.max(), 5)) {
            double sy = area.top() + (f.max() - t) / (f.max() - f.min()) * area.height();
            g.strokeLine(x + w, sy, x + w + 3, sy);
            g.fillText(Ticks.format(t), x + w + 5, sy + 4);
        }
        double lambdaY = area.top() + (f.max() - lambda) / (f.max() - f.min())
                * area.height();
        g.setStroke(Color.RED);
        g.setLineWidth(2);
        g.strokeLine(x - 3, lambdaY, x + w + 3, lambdaY);
    }
}
