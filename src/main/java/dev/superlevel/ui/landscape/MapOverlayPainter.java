package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.ui.runs.RunViewModel;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws what lies over the heat map: the hatch of a {@link HatchMask}, each run's path (the whole
 * computed run faint, the played part solid, ○ at the start, ● at the current step) and the legend
 * that names them. Stateless.
 */
final class MapOverlayPainter {

    /** Opacity of the part of a path ahead of the current step. */
    static final double AHEAD_OPACITY = 0.35;
    private static final double HATCH_SPACING = 7;
    private static final int MAX_PATH_POINTS = 4000;

    private MapOverlayPainter() {
    }

    /** Diagonal hatching over the cells of the marked nodes, clipped to the plot. */
    static void drawHatch(GraphicsContext g, PlotArea area, HatchMask mask) {
        if (mask == null || mask.count() == 0) {
            return;
        }
        GridSpec s = mask.grid();
        double cellW = area.width() * s.domain().width() / area.domain().width() / Math.max(1, s.nx() - 1);
        double cellH = area.height() * s.domain().height() / area.domain().height() / Math.max(1, s.ny() - 1);
        g.save();
        g.beginPath();
        for (int j = 0; j < s.ny(); j++) {
            int i = 0;
            while (i < s.nx()) {
                if (!mask.marked()[s.index(i, j)]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < s.nx() && mask.marked()[s.index(i, j)]) {
                    i++;
                }
                double x0 = area.toScreenX(s.x(start)) - cellW / 2;
                double y0 = area.toScreenY(s.y(j)) - cellH / 2;
                g.rect(x0, y0, (i - start) * cellW, cellH);
            }
        }
        g.clip();
        g.setStroke(Color.rgb(0, 0, 0, 0.6));
        g.setLineWidth(1.2);
        double top = area.top();
        double h = area.height();
        for (double x = area.left() - h; x < area.left() + area.width(); x += HATCH_SPACING) {
            g.strokeLine(x, top + h, x + h, top);
        }
        g.restore();
    }

    /** A run's path: whole run faint, steps 0..current solid; start ○ (larger when selected), current ●. */
    static void drawRun(GraphicsContext g, PlotArea area, RunViewModel run, boolean selected, int current) {
        Color colour = LandscapeView.argbColour(run.argb());
        Trajectory t = run.trajectoryProperty().get();
        if (t != null && t.size() > 0) {
            int last = Math.min(current, t.size() - 1);
            g.setLineWidth(selected ? 2.5 : 1.8);
            double base = g.getGlobalAlpha(); // below 1 when focus dims this run
            g.setGlobalAlpha(base * AHEAD_OPACITY);
            g.setStroke(colour);
            strokePath(g, area, t, last, t.size() - 1);
            g.setGlobalAlpha(base);
            g.setStroke(colour);
            strokePath(g, area, t, 0, last);
            TrajectoryStep now = t.step(last);
            marker(g, area.toScreenX(now.x()), area.toScreenY(now.y()), colour, 5, true);
        }
        double[] start = run.start();
        if (start != null) {
            marker(g, area.toScreenX(start[0]), area.toScreenY(start[1]), colour, selected ? 6 : 4, false);
        }
    }

    private static void strokePath(GraphicsContext g, PlotArea area, Trajectory t, int from, int to) {
        if (to <= from) {
            return;
        }
        int stride = Math.max(1, (to - from) / MAX_PATH_POINTS);
        int n = (to - from) / stride + 2;
        double[] sx = new double[n];
        double[] sy = new double[n];
        int m = 0;
        for (int k = from; k <= to; k += stride) {
            TrajectoryStep s = t.step(k);
            sx[m] = area.toScreenX(s.x());
            sy[m++] = area.toScreenY(s.y());
        }
        TrajectoryStep end = t.step(to);
        sx[m] = area.toScreenX(end.x());
        sy[m++] = area.toScreenY(end.y());
        g.strokePolyline(sx, sy, m);
    }

    static void marker(GraphicsContext g, double x, double y, Color colour, double r, boolean filled) {
        g.setLineWidth(1.5);
        if (filled) {
            g.setFill(colour);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.BLACK);
        } else {
            g.setStroke(colour);
        }
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /**
     * The legend in the plot's top-left corner on a translucent panel: one line per run (its name in
     * its colour), the λ contour, the hatch when there is one, and how paths are drawn.
     *
     * @return the entries drawn, top to bottom
     */
    static List<String> drawLegend(GraphicsContext g, PlotArea area, List<RunViewModel> runs,
            java.util.function.Predicate<RunViewModel> dimmed, HatchMask hatch, List<String> layerEntries,
            boolean dark) {
        List<String> entries = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (RunViewModel run : runs) {
            entries.add(run.displayName());
            // a run dimmed by focus is dimmed in the legend too, so the legend matches the paths
            Color c = LandscapeView.argbColour(run.argb());
            colours.add(dimmed.test(run) ? c.deriveColor(0, 1, 1, 0.25) : c);
        }
        entries.add("λ contour");
        colours.add(Color.WHITE);
        if (hatch != null && hatch.count() > 0) {
            entries.add(hatch.label() + " (hatched)");
            colours.add(null);
        }
        for (String layerEntry : layerEntries) {
            entries.add(layerEntry);
            colours.add(Color.TRANSPARENT);
        }
        entries.add("○ start · ● current step · faint: ahead");
        colours.add(Color.TRANSPARENT);
        Font font = Font.font(11);
        double row = 15;
        double width = 0;
        for (String e : entries) {
            width = Math.max(width, TextWidth.of(e, font));
        }
        double x = area.left() + 8;
        double y = area.top() + 8;
        double boxW = width + 40;
        double boxH = entries.size() * row + 8;
        g.setFill(dark ? Color.rgb(20, 20, 24, 0.72) : Color.rgb(255, 255, 255, 0.78));
        g.fillRoundRect(x, y, boxW, boxH, 6, 6);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < entries.size(); k++) {
            double cy = y + 4 + row * k + row / 2;
            swatch(g, x + 6, cy, colours.get(k));
            g.setFill(dark ? Color.gray(0.92) : Color.gray(0.1));
            g.fillText(entries.get(k), x + 32, cy);
        }
        g.setTextBaseline(VPos.BASELINE);
        return entries;
    }

    private static void swatch(GraphicsContext g, double x, double cy, Color colour) {
        if (colour == null) {
            g.save();
            g.beginPath();
            g.rect(x, cy - 5, 20, 10);
            g.clip();
            g.setFill(Color.gray(0.75));
            g.fillRect(x, cy - 5, 20, 10);
            g.setStroke(Color.rgb(0, 0, 0, 0.7));
            g.setLineWidth(1);
            for (double d = -10; d < 20; d += 5) {
                g.strokeLine(x + d, cy + 5, x + d + 10, cy - 5);
            }
            g.restore();
            return;
        }
        if (colour.equals(Color.TRANSPARENT)) {
            return;
        }
        if (colour.equals(Color.WHITE)) {
            g.setStroke(Color.gray(0.35));
            g.setLineWidth(3.6);
            g.strokeLine(x, cy, x + 20, cy);
        }
        g.setStroke(colour);
        g.setLineWidth(colour.equals(Color.WHITE) ? 1.6 : 2.4);
        g.strokeLine(x, cy, x + 20, cy);
    }
}
