package dev.superlevel.render;

import dev.superlevel.core.Limits;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.topology.SetMode;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Draws THE landscape figure of a {@link LandscapeScene}: caption (formula; λ, set, connectivity,
 * component count), the heat map with the shaded level set, the λ contours, the trajectories with
 * start and current markers and a legend, axes with ticks in domain units, and the colour bar.
 *
 * <p>Layout is computed in logical units and drawn through a {@code scale} transform, so a 2× export
 * is the 1× figure with twice the pixels. The plot keeps the domain's aspect ratio (limited to 1:3),
 * and a raster sample covers the cell centred on its grid point. Output depends only on the scene,
 * size and scale (and the installed fonts), so the app and the CLI produce the same pixels.
 * Stateless and thread-safe: each call draws into its own image.
 */
public final class FigureRenderer {

    private static final double PAD = 12;
    private static final double BAR_WIDTH = 16;
    private static final double MAX_ASPECT = 3;

    private FigureRenderer() {
    }

    /** Renders the scene into a new {@code width × height} ARGB image at scale 1. */
    public static BufferedImage render(LandscapeScene scene, int width, int height) {
        return render(scene, width, height, 1.0);
    }

    /**
     * Renders the scene into a new image of {@code width × height} pixels; text and lines are
     * {@code scale} times their 1× size (2 for print).
     */
    public static BufferedImage render(LandscapeScene scene, int width, int height, double scale) {
        return paintScaled(width, height, scale, (g, area) -> draw(g, scene, area));
    }

    /**
     * A new {@code width × height} ARGB image in which {@code painter} draws the whole figure into the
     * logical area {@code width/scale × height/scale}: the one place both figure kinds are rasterised.
     */
    static BufferedImage paintScaled(int width, int height, double scale,
            BiConsumer<Graphics2D, Rectangle2D> painter) {
        checkSize(width, height, scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            painter.accept(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws the figure into {@code area} (user space of {@code g}), background included. */
    public static void draw(Graphics2D g, LandscapeScene scene, Rectangle2D area) {
        configure(g);
        FigureStyle style = scene.style();
        g.setColor(style.background());
        g.fill(area);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font captionFont = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        double captionBottom = drawCaption(g, scene, area, captionFont, font);
        drawBody(g, scene, area, captionBottom);
    }

    /**
     * Draws everything but the caption and background: plot, axes, legend and colour bar in
     * {@code area} below {@code top}. The composite figure draws its own caption above.
     */
    static void drawBody(Graphics2D g, LandscapeScene scene, Rectangle2D area, double top) {
        configure(g);
        FigureStyle style = scene.style();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Rectangle2D plot = plotArea(g, scene, area, top, font);
        drawRaster(g, scene, plot);
        drawContours(g, scene, plot);
        drawTrajectories(g, scene, plot);
        drawAxes(g, scene, plot, font);
        drawLegend(g, scene, plot, font);
        Rectangle2D bar = new Rectangle2D.Double(plot.getMaxX() + 14, plot.getMinY(), BAR_WIDTH, plot.getHeight());
        ColorBar.draw(g, bar, scene.colormap(), scene.scale(), scene.field().min(), scene.field().max(),
                scene.lambda(), style, font);
    }

    /** The caption's second line: λ, the set, connectivity and (with labels) the component count. */
    public static String captionLine(LandscapeScene scene) {
        String set = scene.mode() == SetMode.SUPERLEVEL ? "super-level set {L \u2265 \u03bb}"
                : "sub-level set {L \u2264 \u03bb}";
        StringBuilder s = new StringBuilder("\u03bb = ").append(Ticks.format(scene.lambda())).append("    ")
                .append(set).append("    connectivity ").append(scene.connectivity().label());
        if (scene.labels() != null) {
            int n = scene.componentCount();
            s.append("    ").append(n).append(n == 1 ? " component" : " components");
        }
        return s.toString();
    }

    static void configure(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static double drawCaption(Graphics2D g, LandscapeScene scene, Rectangle2D area, Font captionFont,
            Font font) {
        double y = area.getMinY() + PAD;
        g.setFont(captionFont);
        FontMetrics fm = g.getFontMetrics();
        if (!scene.formula().isBlank()) {
            g.setColor(scene.style().foreground());
            g.drawString(elide("L(x, y) = " + scene.formula(), fm, area.getWidth() - 2 * PAD),
                    (float) (area.getMinX() + PAD), (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        g.setFont(font);
        fm = g.getFontMetrics();
        g.setColor(scene.style().muted());
        g.drawString(elide(captionLine(scene), fm, area.getWidth() - 2 * PAD), (float) (area.getMinX() + PAD),
                (float) (y + fm.getAscent()));
        return y + fm.getHeight() + 6;
    }

    static String elide(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s + "\u2026") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    private static Rectangle2D plotArea(Graphics2D g, LandscapeScene scene, Rectangle2D area, double top, Font font) {
        FontMetrics fm = g.getFontMetrics(font);
        double left = area.getMinX() + PAD + fm.stringWidth("-0.000") + fm.getHeight() + 8;
        double right = area.getMaxX() - PAD - BAR_WIDTH - 14 - fm.stringWidth("0.0000e-0") - 8;
        double bottom = area.getMaxY() - PAD - 2 * fm.getHeight() - 6;
        double w = Math.max(1, right - left);
        double h = Math.max(1, bottom - top);
        Domain d = scene.field().spec().domain();
        double aspect = (d.xmax() - d.xmin()) / (d.ymax() - d.ymin());
        aspect = Math.max(1 / MAX_ASPECT, Math.min(MAX_ASPECT, aspect));
        if (w / h > aspect) {
            double fitted = h * aspect;
            return new Rectangle2D.Double(left + (w - fitted) / 2, top, fitted, h);
        }
        double fitted = w / aspect;
        return new Rectangle2D.Double(left, top + (h - fitted) / 2, w, fitted);
    }

    /** Domain → plot transform: x to the right, y up. */
    private static AffineTransform toPlot(Domain d, Rectangle2D plot) {
        double sx = plot.getWidth() / (d.xmax() - d.xmin());
        double sy = plot.getHeight() / (d.ymax() - d.ymin());
        AffineTransform t = new AffineTransform(sx, 0, 0, -sy, plot.getMinX() - d.xmin() * sx,
                plot.getMaxY() + d.ymin() * sy);
        return t;
    }

    private static void drawRaster(Graphics2D g, LandscapeScene scene, Rectangle2D plot) {
        GridSpec spec = scene.field().spec();
        int nx = spec.nx();
        int ny = spec.ny();
        int[] heat = LandscapeRaster.heatmap(scene.field(), scene.scale(), scene.isoLineCount(), scene.colormap());
        BufferedImage raster = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) raster.getRaster().getDataBuffer()).getData();
        if (scene.labels() != null) {
            LandscapeRaster.shade(heat, scene.labels(), nx, ny, scene.shadeAlpha(), pixels);
        } else {
            System.arraycopy(heat, 0, pixels, 0, heat.length);
        }
        // sample (i, j) covers the cell centred on its grid point: the image reaches half a cell past the domain
        double cellW = nx > 1 ? plot.getWidth() / (nx - 1) : plot.getWidth();
        double cellH = ny > 1 ? plot.getHeight() / (ny - 1) : plot.getHeight();
        Shape clip = g.getClip();
        g.clip(plot);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform place = new AffineTransform();
        place.translate(plot.getMinX() - (nx > 1 ? cellW / 2 : 0), plot.getMinY() - (ny > 1 ? cellH / 2 : 0));
        place.scale(nx > 1 ? cellW : plot.getWidth(), ny > 1 ? cellH : plot.getHeight());
        g.drawImage(raster, place, null);
        g.setClip(clip);
    }

    private static void drawContours(Graphics2D g, LandscapeScene scene, Rectangle2D plot) {
        if (scene.contours().isEmpty()) {
            return;
        }
        AffineTransform t = toPlot(scene.field().spec().domain(), plot);
        Path2D path = new Path2D.Double();
        for (Polyline line : scene.contours()) {
            appendPolyline(path, line.xs(), line.ys(), line.xs().length - 1, line.closed());
        }
        Shape shape = t.createTransformedShape(path);
        Shape clip = g.getClip();
        g.clip(plot);
        g.setColor(new Color(0, 0, 0, 170));
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setClip(clip);
    }

    private static void appendPolyline(Path2D path, double[] xs, double[] ys, int last, boolean closed) {
        boolean penDown = false;
        for (int k = 0; k <= last; k++) {
            if (!Double.isFinite(xs[k]) || !Double.isFinite(ys[k])) {
                penDown = false;
            } else if (penDown) {
                path.lineTo(xs[k], ys[k]);
            } else {
                path.moveTo(xs[k], ys[k]);
                penDown = true;
            }
        }
        if (closed && penDown) {
            path.closePath();
        }
    }

    /** Runs with more points than this are thinned to quarter-pixel resolution before stroking. */
    static final int DECIMATE_ABOVE = 20_000;

    private static void drawTrajectories(Graphics2D g, LandscapeScene scene, Rectangle2D plot) {
        AffineTransform t = toPlot(scene.field().spec().domain(), plot);
        Shape clip = g.getClip();
        g.clip(plot);
        for (TrajectoryOverlay run : scene.trajectories()) {
            int last = run.lastDrawn();
            if (last < 0) {
                continue;
            }
            if (run.recorded()) {
                RecordedPathPainter.draw(g, t, run);
                continue;
            }
            Color colour = new Color(run.argb(), true);
            Shape shape;
            if (last + 1 > DECIMATE_ABOVE) {  // issue 12: a 10^6-step run is drawn as the pixels it covers
                shape = PathDecimation.inPixels(run.xs(), run.ys(), last, t, 0.25);
            } else {
                Path2D path = new Path2D.Double();
                appendPolyline(path, run.xs(), run.ys(), last, false);
                shape = t.createTransformedShape(path);
            }
            g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0, 0, 0, 120));
            g.draw(shape);
            g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(colour);
            g.draw(shape);
            marker(g, t, run.xs()[0], run.ys()[0], colour, false);
            marker(g, t, run.xs()[last], run.ys()[last], colour, true);
        }
        g.setClip(clip);
    }

    private static void marker(Graphics2D g, AffineTransform t, double x, double y, Color colour, boolean filled) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double[] p = {x, y};
        t.transform(p, 0, p, 0, 1);
        double r = filled ? 4.5 : 4;
        Ellipse2D dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
        g.setStroke(new BasicStroke(1.5f));
        if (filled) {
            g.setColor(colour);
            g.fill(dot);
            g.setColor(Color.BLACK);
            g.draw(dot);
        } else {
            g.setColor(Color.WHITE);
            g.fill(dot);
            g.setColor(colour);
            g.draw(dot);
        }
    }

    private static void drawAxes(Graphics2D g, LandscapeScene scene, Rectangle2D plot, Font font) {
        Domain d = scene.field().spec().domain();
        AffineTransform t = toPlot(d, plot);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(scene.style().foreground());
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        for (double x : Ticks.axis(d.xmin(), d.xmax(), plot.getWidth(), Ticks.X_AXIS_SPACING)) {
            double px = t.getScaleX() * x + t.getTranslateX();
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + 4));
            String s = Ticks.format(x);
            g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 6 + fm.getAscent()));
        }
        for (double y : Ticks.axis(d.ymin(), d.ymax(), plot.getHeight(), Ticks.Y_AXIS_SPACING)) {
            double py = t.getScaleY() * y + t.getTranslateY();
            g.draw(new Line2D.Double(plot.getMinX() - 4, py, plot.getMinX(), py));
            String s = Ticks.format(y);
            g.drawString(s, (float) (plot.getMinX() - 6 - fm.stringWidth(s)), (float) (py + fm.getAscent() / 2.0 - 1));
        }
        g.drawString("x", (float) (plot.getCenterX() - fm.stringWidth("x") / 2.0),
                (float) (plot.getMaxY() + 8 + fm.getHeight() + fm.getAscent()));
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX() - 10 - fm.stringWidth("-0.000"), plot.getCenterY());
        g.rotate(-Math.PI / 2);
        g.drawString("y", (float) (-fm.stringWidth("y") / 2.0), 0f);
        g.setTransform(saved);
    }

    private static void drawLegend(Graphics2D g, LandscapeScene scene, Rectangle2D plot, Font font) {
        java.util.List<TrajectoryOverlay> named = scene.trajectories().stream()
                .filter(r -> !r.label().isBlank()).toList();
        if (named.isEmpty()) {
            return;
        }
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double width = named.stream().mapToInt(r -> fm.stringWidth(r.label())).max().orElse(0) + 34;
        double height = named.size() * fm.getHeight() + 8;
        Rectangle2D box = new Rectangle2D.Double(plot.getMaxX() - width - 6, plot.getMinY() + 6, width, height);
        Color bg = scene.style().background();
        g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 215));
        g.fill(box);
        g.setColor(scene.style().muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        double y = box.getMinY() + 4;
        for (TrajectoryOverlay run : named) {
            double mid = y + fm.getHeight() / 2.0;
            Line2D sample = new Line2D.Double(box.getMinX() + 6, mid, box.getMinX() + 24, mid);
            if (run.recorded()) {
                RecordedPathPainter.legendSample(g, sample);
            } else {
                g.setColor(new Color(run.argb(), true));
                g.setStroke(new BasicStroke(2.5f));
                g.draw(sample);
            }
            g.setColor(scene.style().foreground());
            g.drawString(run.label(), (float) (box.getMinX() + 28), (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
    }

    static void checkSize(int width, int height, double scale) {
        if (width < FigureSpec.MIN_SIDE || height < FigureSpec.MIN_SIDE || width > FigureSpec.MAX_SIDE
                || height > FigureSpec.MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "figure size must be between %d and %d pixels per side, got %dx%d", FigureSpec.MIN_SIDE,
                    FigureSpec.MAX_SIDE, width, height));
        }
        if ((long) width * height > Limits.MAX_IMAGE_PIXELS) {  // issue 12: 16384² ARGB alone is 1 GiB
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "figure size %dx%d is %d pixels, more than the limit of %d", width, height,
                    (long) width * height, Limits.MAX_IMAGE_PIXELS));
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new IllegalArgumentException("figure scale must be between 0.25 and 8, got " + scale);
        }
    }
}
