package dev.superlevel.render;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.core.topology.TopologicalProfile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws the topological landscape profile ({@link TopologicalProfile}) of a scene's field: the sub-level
 * merge tree as a 1-D terrain, each basin a valley coloured by its branch id (the same colours as the
 * basins figure), the ground grey, the level λ as a dashed line. x counts samples (a valley's width is
 * the samples of its subtree), y is the loss on the scene's colour scale: linear, or {@link ColorScale#LOG}
 * (y ∝ log10(1 + (L − min)/ε), ε = (max − min)·10⁻⁶, the colour bar's rule), which gives the shallow basins near
 * the bottom room when one basin is much deeper than the rest. The app's panel may also draw on a
 * {@link ProfileAxis#RANK} axis. Stateless and thread-safe.
 */
public final class ProfileFigureRenderer {

    private static final double PAD = 12;

    private ProfileFigureRenderer() {
    }

    /** The profile of the scene's field (sub-level merge tree with the scene's connectivity, no threshold). */
    public static TopologicalProfile profileOf(LandscapeScene scene) {
        return TopologicalProfile.of(MergeTree.sublevel(scene.field(), scene.connectivity(), 0, Cancellation.NONE));
    }

    /** Renders the profile figure into a new {@code width × height} image; text and lines at {@code scale}. */
    public static BufferedImage render(LandscapeScene scene, int width, int height, double scale) {
        TopologicalProfile profile = profileOf(scene);
        return FigureRenderer.paintScaled(width, height, scale, (g, area) -> draw(g, scene, profile, -1, area));
    }

    /**
     * Draws the whole figure (background, caption, plot, axes) into {@code area}.
     *
     * @param highlight a branch id whose valley is outlined, or −1
     */
    public static void draw(Graphics2D g, LandscapeScene scene, TopologicalProfile profile, int highlight,
            Rectangle2D area) {
        FigureRenderer.configure(g);
        FigureStyle style = scene.style();
        g.setColor(style.background());
        g.fill(area);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        double top = drawCaption(g, scene, profile, area, font);
        FontMetrics fm = g.getFontMetrics(font);
        Rectangle2D plot = new Rectangle2D.Double(area.getMinX() + PAD + fm.stringWidth("-0.0000") + 8, top,
                0, 0);
        plot.setRect(plot.getX(), top, Math.max(1, area.getMaxX() - PAD - plot.getX()),
                Math.max(1, area.getMaxY() - PAD - 2 * fm.getHeight() - top));
        drawPlot(g, scene, profile, highlight, plot);
        drawAxes(g, scene, profile, plot, font);
    }

    /** Margin above and below the field's range, as a fraction of the plot's height. */
    private static final double MARGIN = 0.04 / 1.08;

    /**
     * Plot coordinates of profile points: x in [0, total] across; y from the field's min to its max upwards on
     * {@code axis}, with a margin of {@link #MARGIN} of the height above and below (values outside clamp on
     * the log and rank axes).
     *
     * @param levels the rank axis's levels, ascending and distinct (min first, max last); unused otherwise
     */
    record Frame(Rectangle2D plot, double total, double min, double max, ProfileAxis axis, double[] levels) {
        double px(double x) {
            return plot.getMinX() + x / total * plot.getWidth();
        }

        double py(double y) {
            if (!(max > min)) {  // a constant field: its level in the middle, ±1 at the edges
                return plot.getMaxY() - (0.5 + (y - min) / 2) * plot.getHeight();
            }
            double t = switch (axis) {
                case LOG -> ColorScale.LOG.normalize(y, min, max);
                case RANK -> rank(y);
                case LINEAR -> (y - min) / (max - min);
            };
            return plot.getMaxY() - (MARGIN + t * (1 - 2 * MARGIN)) * plot.getHeight();
        }

        /** Position in [0, 1]: level k at k/(n − 1), linear in between. */
        private double rank(double y) {
            int n = levels.length;
            if (y <= levels[0]) {
                return 0;
            }
            if (y >= levels[n - 1]) {
                return 1;
            }
            int k = java.util.Arrays.binarySearch(levels, y);
            if (k >= 0) {
                return k / (double) (n - 1);
            }
            int above = -k - 1;
            double lo = levels[above - 1];
            double hi = levels[above];
            return (above - 1 + (y - lo) / (hi - lo)) / (n - 1);
        }

        /** The loss at the plot's bottom and top edges (linear axis: the axis ends). */
        double lo() {
            return max > min ? min - MARGIN / (1 - 2 * MARGIN) * (max - min) : min - 1;
        }

        double hi() {
            return max > min ? max + MARGIN / (1 - 2 * MARGIN) * (max - min) : max + 1;
        }
    }

    static Frame frame(LandscapeScene scene, TopologicalProfile profile, Rectangle2D plot) {
        return frame(scene, profile, plot, axisOf(scene));
    }

    static Frame frame(LandscapeScene scene, TopologicalProfile profile, Rectangle2D plot, ProfileAxis axis) {
        double min = scene.field().min();
        double max = scene.field().max();
        return new Frame(plot, Math.max(1, profile.total()), min, max, axis, levels(profile, min, max));
    }

    /** The figure's axis: log when the scene's colours are, else linear. */
    static ProfileAxis axisOf(LandscapeScene scene) {
        return scene.scale() == ColorScale.LOG ? ProfileAxis.LOG : ProfileAxis.LINEAR;
    }

    /** The merge tree's levels for {@link ProfileAxis#RANK}: min, max and every valley's floor and rim. */
    static double[] levels(TopologicalProfile profile, double min, double max) {
        java.util.TreeSet<Double> set = new java.util.TreeSet<>(java.util.List.of(min, max));
        for (TopologicalProfile.Valley v : profile.valleys()) {
            for (double level : new double[] {v.floor(), v.rim()}) {
                if (level >= min && level <= max) {
                    set.add(level);
                }
            }
        }
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Draws the valleys, ground, outline and λ into the plot rectangle (the app's panel uses this too). */
    public static void drawPlot(Graphics2D g, LandscapeScene scene, TopologicalProfile profile, int highlight,
            Rectangle2D plot) {
        drawPlot(g, scene, profile, highlight, plot, axisOf(scene));
    }

    /** As {@link #drawPlot(Graphics2D, LandscapeScene, TopologicalProfile, int, Rectangle2D)} on a given axis. */
    public static void drawPlot(Graphics2D g, LandscapeScene scene, TopologicalProfile profile, int highlight,
            Rectangle2D plot, ProfileAxis axis) {
        FigureRenderer.configure(g);
        Frame f = frame(scene, profile, plot, axis);
        Shape clip = g.getClip();
        g.clip(plot);
        for (TopologicalProfile.Valley v : profile.valleys()) {  // parents first: children paint over them
            g.setColor(valleyColour(v.branch()));
            g.fill(new Rectangle2D.Double(f.px(v.left()), f.py(v.rim()), f.px(v.right()) - f.px(v.left()),
                    f.py(v.floor()) - f.py(v.rim()) + 1));
        }
        Path2D ground = outline(profile, f);
        ground.lineTo(f.px(profile.total()), plot.getMaxY() + 1);
        ground.lineTo(f.px(0), plot.getMaxY() + 1);
        ground.closePath();
        g.setColor(scene.style() == FigureStyle.DARK ? new Color(0x55, 0x55, 0x5A) : new Color(0xB8, 0xB4, 0xAC));
        g.fill(ground);
        g.setColor(scene.style().foreground());
        g.setStroke(new BasicStroke(1.2f));
        g.draw(outline(profile, f));
        if (highlight >= 0 && highlight < profile.valleys().size()) {
            TopologicalProfile.Valley v = profile.valleys().get(highlight);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Rectangle2D.Double(f.px(v.left()), f.py(v.rim()), f.px(v.right()) - f.px(v.left()),
                    f.py(v.floor()) - f.py(v.rim())));
        }
        if (Double.isFinite(scene.lambda())) {
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(plot.getMinX(), f.py(scene.lambda()), plot.getMaxX(), f.py(scene.lambda())));
        }
        g.setClip(clip);
    }

    /** A valley's fill: its basin colour at 60 % opacity, so the outline and λ stay readable. */
    static Color valleyColour(int branch) {
        return new Color((ComponentPalette.argb(branch) & 0xFFFFFF) | 0x99000000, true);
    }

    /** The branch under a plot x, for hovering: the valley whose floor is there, −1 outside. */
    public static int branchAt(LandscapeScene scene, TopologicalProfile profile, Rectangle2D plot, double px) {
        Frame f = frame(scene, profile, plot);
        return profile.branchAt((px - plot.getMinX()) / plot.getWidth() * f.total());
    }

    private static Path2D outline(TopologicalProfile profile, Frame f) {
        double[] xs = profile.xs();
        double[] ys = profile.ys();
        Path2D path = new Path2D.Double();
        for (int k = 0; k < xs.length; k++) {
            if (k == 0) {
                path.moveTo(f.px(xs[k]), f.py(ys[k]));
            } else {
                path.lineTo(f.px(xs[k]), f.py(ys[k]));
            }
        }
        return path;
    }

    private static double drawCaption(Graphics2D g, LandscapeScene scene, TopologicalProfile profile,
            Rectangle2D area, Font font) {
        double y = area.getMinY() + PAD;
        Font captionFont = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        g.setFont(captionFont);
        FontMetrics fm = g.getFontMetrics();
        String title = "Topological landscape profile" + (scene.formula().isBlank() ? "" : " of L(x, y) = "
                + scene.formula());
        g.setColor(scene.style().foreground());
        g.drawString(FigureRenderer.elide(title, fm, area.getWidth() - 2 * PAD), (float) (area.getMinX() + PAD),
                (float) (y + fm.getAscent()));
        y += fm.getHeight();
        g.setFont(font);
        fm = g.getFontMetrics();
        int n = profile.valleys().size();
        String line = n + (n == 1 ? " basin" : " basins") + " of the sub-level merge tree    depth = persistence, "
                + "width = samples" + (axisOf(scene) == ProfileAxis.LOG ? ", loss on a log scale above its minimum" : "")
                + "    connectivity " + scene.connectivity().label() + "    dashed: \u03bb = "
                + Ticks.format(scene.lambda());
        g.setColor(scene.style().muted());
        g.drawString(FigureRenderer.elide(line, fm, area.getWidth() - 2 * PAD), (float) (area.getMinX() + PAD),
                (float) (y + fm.getAscent()));
        return y + fm.getHeight() + 8;
    }

    private static void drawAxes(Graphics2D g, LandscapeScene scene, TopologicalProfile profile, Rectangle2D plot,
            Font font) {
        Frame f = frame(scene, profile, plot);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        g.setColor(scene.style().foreground());
        g.draw(plot);
        boolean log = f.axis() == ProfileAxis.LOG && f.max() > f.min();
        for (double t : log ? ColorBar.ticks(ColorScale.LOG, f.min(), f.max()) : Ticks.linear(f.lo(), f.hi(), 6)) {
            double y = f.py(t);
            if (y < plot.getMinY() || y > plot.getMaxY()) {
                continue;
            }
            g.draw(new Line2D.Double(plot.getMinX() - 4, y, plot.getMinX(), y));
            String s = Ticks.format(t, log ? 2 : 4);
            g.drawString(s, (float) (plot.getMinX() - 6 - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
        }
        for (double t : Ticks.linear(0, profile.total(), 8)) {
            double x = f.px(t);
            if (x > plot.getMaxX() + 0.5) {
                continue;
            }
            g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + 4));
            String s = Ticks.format(t);
            g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 6 + fm.getAscent()));
        }
        String xLabel = "samples (a valley's width = samples in its basin and the basins that merge into it)";
        g.drawString(xLabel, (float) (plot.getCenterX() - fm.stringWidth(xLabel) / 2.0),
                (float) (plot.getMaxY() + 8 + fm.getHeight() + fm.getAscent()));
    }
}
