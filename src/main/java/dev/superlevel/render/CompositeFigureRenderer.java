package dev.superlevel.render;

import org.jfree.chart.JFreeChart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws the composite figure of a {@link CompositeScene}: a caption (the formula; λ, set, connectivity,
 * component count and the current step), a legend of the runs, the landscape figure on the left and,
 * on the right, four panels sharing the step axis (JFreeChart): L(t) (log axis when every loss is
 * positive), α(t), dV/dt with the realised ΔL (violations ΔL &gt; 0 in red), and the number of
 * components of S_{L(θ_t)}. Each run is drawn in its colour in every panel and over the landscape; a
 * dashed vertical line marks the current step.
 *
 * <p>Like {@link FigureRenderer}, layout is in logical units drawn through a {@code scale} transform (2
 * for print), and the pixels depend only on the scene, size and scale, so the app and the CLI produce
 * the same image. Stateless and thread-safe.
 */
public final class CompositeFigureRenderer {

    private static final double PAD = 12;
    private static final double GAP = 10;

    private CompositeFigureRenderer() {
    }

    /** Renders the scene into a new {@code width × height} ARGB image at scale 1. */
    public static BufferedImage render(CompositeScene scene, int width, int height) {
        return render(scene, width, height, 1.0);
    }

    /**
     * Renders the scene into a new image of {@code width × height} pixels; text and lines are
     * {@code scale} times their 1× size (2 for print).
     */
    public static BufferedImage render(CompositeScene scene, int width, int height, double scale) {
        return FigureRenderer.paintScaled(width, height, scale, (g, area) -> draw(g, scene, area));
    }

    /** Draws the figure into {@code area} (user space of {@code g}), background included. */
    public static void draw(Graphics2D g, CompositeScene scene, Rectangle2D area) {
        FigureRenderer.configure(g);
        LandscapeScene landscape = scene.landscape();
        FigureStyle style = landscape.style();
        g.setColor(style.background());
        g.fill(area);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        double top = drawCaption(g, scene, area, new Font(Font.SANS_SERIF, Font.BOLD, 14), font);
        top = drawLegend(g, scene.runs(), style, area, top, font);
        double bodyHeight = area.getMaxY() - top;
        double width = landscapeWidth(landscape, area.getWidth(), bodyHeight);
        Rectangle2D left = new Rectangle2D.Double(area.getMinX(), top, width, bodyHeight);
        FigureRenderer.drawBody(g, unlabelled(landscape), left, top);
        Rectangle2D right = new Rectangle2D.Double(left.getMaxX() + GAP, top,
                area.getMaxX() - left.getMaxX() - GAP - PAD, bodyHeight - PAD);
        drawCharts(g, scene, right, font);
    }

    /** The caption's second line: the landscape's, then the current step. */
    public static String captionLine(CompositeScene scene) {
        return FigureRenderer.captionLine(scene.landscape()) + "    step t = " + scene.currentStep();
    }

    private static double drawCaption(Graphics2D g, CompositeScene scene, Rectangle2D area, Font captionFont,
            Font font) {
        double y = area.getMinY() + PAD;
        double width = area.getWidth() - 2 * PAD;
        g.setFont(captionFont);
        FontMetrics fm = g.getFontMetrics();
        String formula = scene.landscape().formula();
        if (!formula.isBlank()) {
            g.setColor(scene.landscape().style().foreground());
            g.drawString(FigureRenderer.elide("L(x, y) = " + formula, fm, width), (float) (area.getMinX() + PAD),
                    (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        g.setFont(font);
        fm = g.getFontMetrics();
        g.setColor(scene.landscape().style().muted());
        g.drawString(FigureRenderer.elide(captionLine(scene), fm, width), (float) (area.getMinX() + PAD),
                (float) (y + fm.getAscent()));
        return y + fm.getHeight() + 4;
    }

    /** One row of legend entries (line sample + label), wrapping when the row is full. */
    private static double drawLegend(Graphics2D g, List<RunSeries> runs, FigureStyle style, Rectangle2D area,
            double top, Font font) {
        if (runs.isEmpty()) {
            return top + 4;
        }
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double x = area.getMinX() + PAD;
        double y = top;
        for (RunSeries run : runs) {
            String label = run.label().isBlank() ? "run " + (runs.indexOf(run) + 1) : run.label();
            double entry = 26 + fm.stringWidth(label) + 18;
            if (x + entry > area.getMaxX() - PAD && x > area.getMinX() + PAD) {
                x = area.getMinX() + PAD;
                y += fm.getHeight();
            }
            double mid = y + fm.getHeight() / 2.0;
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0, 0, 0, 90));
            g.draw(new Line2D.Double(x + 2, mid, x + 20, mid));
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(run.argb(), true));
            g.draw(new Line2D.Double(x + 2, mid, x + 20, mid));
            g.setColor(style.foreground());
            g.drawString(label, (float) (x + 26), (float) (y + fm.getAscent()));
            x += entry;
        }
        return y + fm.getHeight() + 6;
    }

    /** The landscape takes what its aspect ratio needs (plus axes and colour bar), 35–55 % of the width. */
    private static double landscapeWidth(LandscapeScene landscape, double width, double height) {
        var d = landscape.field().spec().domain();
        double aspect = Math.max(1 / 3.0, Math.min(3, (d.xmax() - d.xmin()) / (d.ymax() - d.ymin())));
        double wanted = (height - 50) * aspect + 170;
        return Math.max(0.35 * width, Math.min(0.55 * width, wanted));
    }

    /** The composite's legend replaces the one inside the landscape plot. */
    private static LandscapeScene unlabelled(LandscapeScene scene) {
        return scene.withTrajectories(scene.trajectories().stream()
                .map(t -> t.withLabel("")).toList());
    }

    private static void drawCharts(Graphics2D g, CompositeScene scene, Rectangle2D area, Font font) {
        List<JFreeChart> charts = new StepCharts(scene.runs(), scene.landscape().style(), scene.currentStep(),
                font, font.deriveFont(11f)).charts();
        double h = area.getHeight() / charts.size();
        for (int k = 0; k < charts.size(); k++) {
            Graphics2D cg = (Graphics2D) g.create();
            try {
                charts.get(k).draw(cg, new Rectangle2D.Double(area.getMinX(), area.getMinY() + k * h,
                        area.getWidth(), h));
            } finally {
                cg.dispose();
            }
        }
    }
}
