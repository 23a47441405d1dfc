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
    private static final double SWATCH = 28;
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
        for (Arrow a : arrows) {
            double[] tip = scale.tip(a);
            double x1 = area.toScreenX(tip[0]);
            double y1 = area.toScreenY(tip[1]);
            ArrowPainter.draw(g, a.kind(), area.toScreenX(a.x()), area.toScreenY(a.y()), x1, y1);
            String tag = scale.magnificationLabel(a);
            if (!tag.isEmpty()) {
                outlinedText(g, tag, x1 + 5, y1 - 5, TextAlignment.LEFT);
            }
        }
        drawKey(g, area, arrows);
    }

    /** The key in the plot's bottom-right corner: one row per arrow (its style and symbol), then the scale bar. */
    private void drawKey(GraphicsContext g, PlotArea area, List<Arrow> arrows) {
        double pixelsPerUnit = area.width() / area.domain().width();
        double bar = scale.barLength() * pixelsPerUnit;
        String title = "step " + vm.rowProperty().get();
        double textWidth = width(title);
        for (Arrow a : arrows) {
            textWidth = Math.max(textWidth, SWATCH + PAD + width(keyText(a)));
        }
        double boxW = Math.max(textWidth, bar + PAD + width(scale.barLabel())) + 2 * PAD;
        double boxH = (arrows.size() + 2) * ROW + PAD;
        double x = area.left() + area.width() - boxW - 8;
        double y = area.top() + area.height() - boxH - 8;
        g.setFill(Color.rgb(255, 255, 255, 0.82));
        g.fillRoundRect(x, y, boxW, boxH, 6, 6);
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.gray(0.1));
        g.fillText(title, x + PAD, y + PAD / 2 + ROW / 2);
        for (int k = 0; k < arrows.size(); k++) {
            double cy = y + PAD / 2 + ROW * (k + 1) + ROW / 2;
            Arrow a = arrows.get(k);
            ArrowPainter.draw(g, a.kind(), x + PAD, cy, x + PAD + SWATCH, cy);
            g.setFill(Color.gray(0.1));
            g.fillText(keyText(a), x + PAD + SWATCH + PAD, cy);
        }
        double cy = y + PAD / 2 + ROW * (arrows.size() + 1) + ROW / 2;
        g.setStroke(Color.gray(0.1));
        g.setLineWidth(2);
        g.strokeLine(x + PAD, cy, x + PAD + bar, cy);
        g.strokeLine(x + PAD, cy - 4, x + PAD, cy + 4);
        g.strokeLine(x + PAD + bar, cy - 4, x + PAD + bar, cy + 4);
        g.fillText(scale.barLabel(), x + 2 * PAD + bar, cy);
        g.setTextBaseline(VPos.BASELINE);
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

    /** One line per arrow shown: "−g negative gradient, |v| = 4.47". */
    @Override
    public List<String> legendEntries() {
        List<String> entries = new ArrayList<>();
        for (Arrow a : vm.arrowsProperty().get()) {
            entries.add(legendEntry(a));
        }
        return entries;
    }

    /** The legend line of an arrow: its symbol, what it is and its true length (3 significant digits). */
    static String legendEntry(Arrow a) {
        return a.kind().symbol() + "  " + a.kind().description() + ", |v| = "
                + String.format(Locale.ROOT, "%.3g", a.length());
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
