package dev.superlevel.ui.analysis.internals;

import dev.superlevel.ui.landscape.MapLayer;
import dev.superlevel.ui.landscape.PlotArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The optimizer's internals on the map (issue 14): the arrows of {@link InternalsViewModel} from θ_t, over
 * the runs, all at one common scale ({@link ArrowScale}: the longest spans a fifth of the view, a tiny one is
 * magnified by a power of ten labelled at its tip), and a key in the map's bottom-right corner with each
 * arrow's style and the scale bar. The map legend gets one line per arrow with its true length. FX thread.
 */
public final class InternalsLayer implements MapLayer {

    private static final Font FONT = Font.font(11);
    private static final double ROW = 16;
    private static final double SWATCH = 34;
    private static final double PAD = 6;

    private final InternalsViewModel vm;
    private ArrowScale scale;

    public InternalsLayer(InternalsViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void paint(GraphicsContext g, PlotArea area) {
        List<Arrow> arrows = vm.arrowsProperty().get();
        scale = arrows.isEmpty() ? null : ArrowScale.fit(arrows, area.domain());
        if (scale == null) {
            return;
        }
        List<double[]> labels = new ArrayList<>();
        for (Arrow a : arrows) {
            double[] tip = scale.tip(a);
            double x0 = area.toScreenX(a.x());
            double y0 = area.toScreenY(a.y());
            double x1 = area.toScreenX(tip[0]);
            double y1 = area.toScreenY(tip[1]);
            ArrowPainter.draw(g, a.kind(), x0, y0, x1, y1);
            String tag = scale.magnificationLabel(a);
            if (!tag.isEmpty()) {
                tipLabel(g, tag, x0, y0, x1, y1, labels);
            }
        }
        drawKey(g, area, arrows);
    }

    /**
     * A magnification tag just beyond the tip, on the side the arrow points to, moved down a line while it
     * would overlap a tag already placed (arrows of one optimizer often point the same way).
     */
    private static void tipLabel(GraphicsContext g, String tag, double x0, double y0, double x1, double y1,
            List<double[]> placed) {
        double length = Math.max(1e-9, Math.hypot(x1 - x0, y1 - y0));
        double x = x1 + 9 * (x1 - x0) / length;
        double y = y1 + 9 * (y1 - y0) / length;
        boolean left = x1 < x0;
        double w = width(tag);
        double from = left ? x - w : x;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] p : placed) {
                if (from < p[0] + p[2] && p[0] < from + w && Math.abs(y - p[1]) < ROW - 2) {
                    y = p[1] + ROW - 2;
                    moved = true;
                }
            }
        }
        placed.add(new double[] {from, y, w});
        outlinedText(g, tag, x, y, left ? TextAlignment.RIGHT : TextAlignment.LEFT);
    }

    /** The key in the plot's bottom-right corner: one row per arrow (its style and symbol), then the scale bar. */
    private void drawKey(GraphicsContext g, PlotArea area, List<Arrow> arrows) {
        double bar = scale.barLength() * area.width() / area.domain().width();
        String title = "step " + vm.rowProperty().get();
        double textWidth = width(title);
        for (Arrow a : arrows) {
            textWidth = Math.max(textWidth, SWATCH + PAD + width(keyText(a)));
        }
        double boxW = Math.max(textWidth, bar + PAD + width("= " + scale.barText())) + 2 * PAD;
        double boxH = (arrows.size() + 2) * ROW + PAD;
        double x = area.left() + area.width() - boxW - 8;
        double y = area.top() + area.height() - boxH - 8;
        boolean dark = isDark(g);
        Color text = dark ? Color.gray(0.92) : Color.gray(0.1);
        // the same panel as the map legend's, so both read alike in either theme
        g.setFill(dark ? Color.rgb(20, 20, 24, 0.72) : Color.rgb(255, 255, 255, 0.82));
        g.fillRoundRect(x, y, boxW, boxH, 6, 6);
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(text);
        g.fillText(title, x + PAD, rowCentre(y, 0));
        for (int k = 0; k < arrows.size(); k++) {
            Arrow a = arrows.get(k);
            ArrowPainter.draw(g, a.kind(), x + PAD, rowCentre(y, k + 1), x + PAD + SWATCH, rowCentre(y, k + 1));
            g.setFill(text);
            g.fillText(keyText(a), x + PAD + SWATCH + PAD, rowCentre(y, k + 1));
        }
        scaleBar(g, x + PAD, rowCentre(y, arrows.size() + 1), bar, text);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static double rowCentre(double top, int row) {
        return top + PAD / 2 + ROW * row + ROW / 2;
    }

    /** The bar |——| of {@code length} pixels from (x, cy), and its value after it. */
    private void scaleBar(GraphicsContext g, double x, double cy, double length, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeLine(x, cy, x + length, cy);
        g.strokeLine(x, cy - 4, x, cy + 4);
        g.strokeLine(x + length, cy - 4, x + length, cy + 4);
        g.setFill(colour);
        g.fillText("= " + scale.barText(), x + length + PAD, cy);
    }

    private static boolean isDark(GraphicsContext g) {
        var scene = g.getCanvas().getScene();
        return scene != null && scene.getRoot().getStyleClass().contains("dark");
    }

    private String keyText(Arrow a) {
        String tag = scale.magnificationLabel(a);
        return a.kind().symbol() + (tag.isEmpty() ? "" : " (drawn " + tag + ")");
    }

    private static void outlinedText(GraphicsContext g, String s, double x, double y, TextAlignment align) {
        g.setFont(FONT);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(Color.rgb(0, 0, 0, 0.75));
        g.setLineWidth(3);
        g.strokeText(s, x, y);
        g.setFill(Color.WHITE);
        g.fillText(s, x, y);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static double width(String s) {
        Text t = new Text(s);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    @Override
    public List<Observable> dependencies() {
        return List.of(vm.arrowsProperty());
    }

    @Override
    public boolean overRuns() {
        return true;
    }

    /**
     * One line per arrow shown ("−g negative gradient, |v| = 4.47"), then the scale of the last paint
     * ("arrows to scale: ⟷ = 2 (key, bottom right)"). The map asks after painting the layer.
     */
    @Override
    public List<String> legendEntries() {
        List<String> entries = new ArrayList<>();
        for (Arrow a : vm.arrowsProperty().get()) {
            entries.add(legendEntry(a));
        }
        if (!entries.isEmpty() && scale != null) {
            entries.add(scaleEntry(scale));
        }
        return entries;
    }

    /** The legend line of the scale: "arrows to scale: ⟷ = 2 (key, bottom right)". */
    static String scaleEntry(ArrowScale scale) {
        return "arrows to scale: " + scale.barLabel() + " (key, bottom right)";
    }

    /** The legend line of an arrow: its symbol, what it is and its true length (3 significant digits). */
    static String legendEntry(Arrow a) {
        return a.kind().symbol() + "  " + a.kind().description() + ", |v| = "
                + String.format(Locale.ROOT, "%.3g", a.length());
    }

    /**
     * The arrow drawn nearest to the canvas point (sx, sy) in {@code area}, if its segment (origin to tip, with
     * its magnification) passes within {@link #HOVER_PIXELS}; the later one (drawn on top) on a tie; else null.
     */
    public Arrow arrowAt(double sx, double sy, PlotArea area) {
        return nearest(vm.arrowsProperty().get(), sx, sy, area);
    }

    /** As {@link #arrowAt} for a given list of arrows, drawn at their {@link ArrowScale} in {@code area}. */
    static Arrow nearest(List<Arrow> arrows, double sx, double sy, PlotArea area) {
        ArrowScale s = arrows.isEmpty() ? null : ArrowScale.fit(arrows, area.domain());
        Arrow best = null;
        double bestDistance = HOVER_PIXELS;
        for (Arrow a : s == null ? List.<Arrow>of() : arrows) {
            double[] tip = s.tip(a);
            double d = distanceToSegment(sx, sy, area.toScreenX(a.x()), area.toScreenY(a.y()),
                    area.toScreenX(tip[0]), area.toScreenY(tip[1]));
            if (d <= bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How close (in pixels) the pointer must come to an arrow for its read-out. */
    public static final double HOVER_PIXELS = 6;

    static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double squared = dx * dx + dy * dy;
        double u = squared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / squared));
        return Math.hypot(px - (x0 + u * dx), py - (y0 + u * dy));
    }

    /** The hover read-out: "−g (negative gradient) at step 3: (−2, −4), |v| = 4.47214". */
    public String describe(Arrow a) {
        return a.kind().symbol() + " (" + a.kind().description() + ") at step " + vm.rowProperty().get() + ": ("
                + String.format(Locale.ROOT, "%.6g", a.vx()) + ", " + String.format(Locale.ROOT, "%.6g", a.vy())
                + "), |v| = " + String.format(Locale.ROOT, "%.6g", a.length());
    }

    /** The arrows as last painted (the view-model's list). */
    public List<Arrow> arrows() {
        return vm.arrowsProperty().get();
    }

    /** The scale of the last paint, null when nothing was drawn. */
    public ArrowScale lastScale() {
        return scale;
    }
}
