package dev.superlevel.render;

import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinOutcome;
import dev.superlevel.core.analysis.EndStatus;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.grid.Domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * The basins-of-attraction figure (issue 14): one panel per run configuration, side by side, each lattice
 * start a cell coloured by the merge-tree basin its run ends in (the colours of the profile figure and of
 * the component palette, so the same basin has the same colour in every panel); cells whose run did not
 * converge are hatched, runs without a basin (diverged, left the view) grey and hatched. From the second
 * panel on, starts whose basin differs from the first panel's are outlined. Stateless and thread-safe.
 */
public final class BasinsFigureRenderer {

    private static final double PAD = 12;

    /**
     * One panel.
     *
     * @param title e.g. the run's label ("gd lr=0.002 exp-norm")
     * @param map   its basins
     */
    public record Panel(String title, BasinMap map) {
        public Panel {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(map, "map");
        }
    }

    private BasinsFigureRenderer() {
    }

    /** Renders the panels (at least one, all on the same lattice) into a new image. */
    public static BufferedImage render(LandscapeScene scene, List<Panel> panels, int width, int height,
            double scale) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("the basins figure needs at least one run (--run SPEC)");
        }
        return FigureRenderer.paintScaled(width, height, scale, (g, area) -> draw(g, scene, panels, area));
    }

    /** Draws the figure into {@code g} at {@code width × height} user units (for SVG and PDF). */
    public static void paint(Graphics2D g, LandscapeScene scene, List<Panel> panels, int width, int height,
            double scale) {
        g.scale(scale, scale);
        draw(g, scene, panels, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    }

    static void draw(Graphics2D g, LandscapeScene scene, List<Panel> panels, Rectangle2D area) {
        FigureRenderer.configure(g);
        g.setColor(scene.style().background());
        g.fill(area);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        g.setFont(bold);
        FontMetrics fm = g.getFontMetrics();
        double y = area.getMinY() + PAD;
        g.setColor(scene.style().foreground());
        String title = "Basins of attraction" + (scene.formula().isBlank() ? "" : " on L(x, y) = " + scene.formula());
        g.drawString(FigureRenderer.elide(title, fm, area.getWidth() - 2 * PAD), (float) (area.getMinX() + PAD),
                (float) (y + fm.getAscent()));
        y += fm.getHeight();
        g.setFont(font);
        fm = g.getFontMetrics();
        Lattice lattice = panels.get(0).map().lattice();
        String line = lattice.side() + "\u00d7" + lattice.side() + " starts, colour = sub-level basin of the end "
                + "point (merge tree, as in 'summary'); hatched: not converged; grey: diverged or left the view"
                + (panels.size() > 1 ? "; outlined: basin differs from the first panel" : "");
        g.setColor(scene.style().muted());
        g.drawString(FigureRenderer.elide(line, fm, area.getWidth() - 2 * PAD), (float) (area.getMinX() + PAD),
                (float) (y + fm.getAscent()));
        double top = y + fm.getHeight() + 8;
        double panelWidth = (area.getWidth() - PAD * (panels.size() + 1)) / panels.size();
        double side = Math.max(1, Math.min(panelWidth, area.getMaxY() - PAD - top - 2 * fm.getHeight() - 8));
        int[] reference = panels.get(0).map().basins();
        for (int p = 0; p < panels.size(); p++) {
            double left = area.getMinX() + PAD + p * (panelWidth + PAD) + (panelWidth - side) / 2;
            Rectangle2D box = new Rectangle2D.Double(left, top + fm.getHeight() + 4, side, side);
            g.setColor(scene.style().foreground());
            g.drawString(FigureRenderer.elide(panels.get(p).title(), fm, panelWidth), (float) left,
                    (float) (top + fm.getAscent()));
            drawPanel(g, panels.get(p).map(), p == 0 ? null : reference, box, scene.style());
        }
    }

    /** Cell k of the lattice in the box: x to the right, y up, each start centred in its cell. */
    static Rectangle2D cell(Lattice lattice, int k, Rectangle2D box) {
        int m = lattice.side();
        double w = box.getWidth() / m;
        double h = box.getHeight() / m;
        return new Rectangle2D.Double(box.getMinX() + (k % m) * w, box.getMaxY() - (k / m + 1) * h, w, h);
    }

    private static void drawPanel(Graphics2D g, BasinMap map, int[] reference, Rectangle2D box, FigureStyle style) {
        Lattice lattice = map.lattice();
        List<BasinOutcome> outcomes = map.outcomes();
        for (int k = 0; k < outcomes.size(); k++) {
            BasinOutcome o = outcomes.get(k);
            Rectangle2D c = cell(lattice, k, box);
            g.setColor(new Color(BasinPalette.argb(o.basin())));
            g.fill(new Rectangle2D.Double(c.getX(), c.getY(), c.getWidth() + 0.5, c.getHeight() + 0.5));
            if (o.status() != EndStatus.CONVERGED) {
                hatch(g, c, style);
            }
        }
        if (reference != null) {
            g.setStroke(new BasicStroke(1.5f));
            g.setColor(style.foreground());
            for (int k : changed(map.basins(), reference)) {
                g.draw(cell(lattice, k, box));
            }
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(style.foreground());
        g.draw(box);
        Domain d = lattice.domain();
        g.setColor(style.muted());
        g.drawString(Ticks.format(d.xmin()) + " \u2026 " + Ticks.format(d.xmax()) + "  \u00d7  "
                + Ticks.format(d.ymin()) + " \u2026 " + Ticks.format(d.ymax()), (float) box.getMinX(),
                (float) (box.getMaxY() + g.getFontMetrics().getAscent() + 2));
    }

    private static int[] changed(int[] basins, int[] reference) {
        return java.util.stream.IntStream.range(0, basins.length).filter(k -> basins[k] != reference[k]).toArray();
    }

    private static void hatch(Graphics2D g, Rectangle2D c, FigureStyle style) {
        g.setColor(new Color(BasinPalette.hatchArgb(style == FigureStyle.DARK), true));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(c.getMinX(), c.getMaxY(), c.getMaxX(), c.getMinY()));
    }
}
