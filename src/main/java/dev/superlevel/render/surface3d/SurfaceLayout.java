package dev.superlevel.render.surface3d;

import dev.superlevel.render.ColorBar;
import dev.superlevel.render.FigureRenderer;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.TrajectoryOverlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Locale;

/**
 * Where things go in the surface figure, in logical units (pixels/scale) like the 2-D figure: the caption
 * on top (formula; λ, set, connectivity, component count), the colour bar with its λ marker on the right,
 * and the box fitted into the rest with room for the tick labels. Draws the parts that are not the
 * rasterised surface. Immutable; stateless drawing.
 */
final class SurfaceLayout {

    private static final double PAD = 12;
    private static final double BAR_WIDTH = 16;
    /** Room kept around the box for tick labels and axis titles, logical units. */
    private static final double LABEL_ROOM = 46;

    private final int width;
    private final int height;
    private final double scale;
    private final FigureStyle style;
    private final Rectangle2D plot;
    private final Rectangle2D bar;

    private SurfaceLayout(int width, int height, double scale, FigureStyle style, Rectangle2D plot, Rectangle2D bar) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.style = style;
        this.plot = plot;
        this.bar = bar;
    }

    static void checkSize(int width, int height, double scale) {
        // the one pair of image size limits (FigureSpec), the same message as FigureRenderer's
        int min = dev.superlevel.render.FigureSpec.MIN_SIDE;
        int max = dev.superlevel.render.FigureSpec.MAX_SIDE;
        if (width < min || height < min || width > max || height > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "figure size must be between %d and %d pixels per side, got %dx%d", min, max, width, height));
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new IllegalArgumentException("figure scale must be between 0.25 and 8, got " + scale);
        }
    }

    static SurfaceLayout of(LandscapeScene scene, int width, int height, double scale) {
        double w = width / scale;
        double h = height / scale;
        double top = PAD + (scene.formula().isBlank() ? 0 : 18) + 16 + 6;
        double barRight = w - PAD - 62;
        double barHeight = Math.max(20, Math.min(h - top - PAD - 20, (h - top) * 0.7));
        Rectangle2D bar = new Rectangle2D.Double(barRight - BAR_WIDTH, top + (h - top - barHeight) / 2, BAR_WIDTH,
                barHeight);
        double plotRight = bar.getMinX() - 18;
        Rectangle2D plot = new Rectangle2D.Double(PAD, top, Math.max(10, plotRight - PAD), Math.max(10, h - top - PAD));
        return new SurfaceLayout(width, height, scale, scene.style(), plot, bar);
    }

    /** The camera of {@code view} fitting the box into the plot (device pixels) with room for labels. */
    Camera fitCamera(SurfaceView view, SurfaceBox box) {
        double room = Math.min(LABEL_ROOM, Math.min(plot.getWidth(), plot.getHeight()) / 6);
        return Camera.fit(view, box.corners(), (plot.getMinX() + room) * scale, (plot.getMinY() + room / 2) * scale,
                Math.max(1, plot.getWidth() - 2 * room) * scale, Math.max(1, plot.getHeight() - 1.5 * room) * scale);
    }

    /**
     * The frame before the surface: the background colour, the floor grid and the colour bar without its λ
     * marker (drawn once per camera and colours, not per λ).
     */
    int[] background(SurfaceBox box, Camera camera, LandscapeScene scene) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        try {
            g.setColor(style.background());
            g.fill(new Rectangle2D.Double(0, 0, width / scale, height / scale));
            SurfaceAxes.drawBack(g, box, camera, scale, style);
            ColorBar.draw(g, bar, scene.colormap(), scene.scale(), scene.field().min(), scene.field().max(),
                    Double.NaN, style, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Everything over the surface: axes, caption, the colour bar's λ marker and the legend. */
    void drawFront(BufferedImage image, LandscapeScene scene, SurfaceBox box, Camera camera) {
        Graphics2D g = graphics(image);
        try {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            SurfaceAxes.drawFront(g, box, camera, scale, style, font);
            drawCaption(g, scene, font);
            drawLambdaMarker(g, scene);
            drawLegend(g, scene.trajectories(), font);
        } finally {
            g.dispose();
        }
    }

    private Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** The λ marker across the colour bar, as {@link ColorBar#draw} draws it. */
    private void drawLambdaMarker(Graphics2D g, LandscapeScene scene) {
        double min = scene.field().min();
        double max = scene.field().max();
        double lambda = scene.lambda();
        if (!(Double.isFinite(lambda) && lambda >= min && lambda <= max)) {
            return;
        }
        double y = bar.getMaxY() - scene.scale().normalize(lambda, min, max) * bar.getHeight();
        Line2D marker = new Line2D.Double(bar.getMinX() - 3, y, bar.getMaxX() + 3, y);
        g.setStroke(new BasicStroke(2f));
        g.setColor(Color.WHITE);
        g.draw(marker);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.draw(marker);
    }

    private void drawCaption(Graphics2D g, LandscapeScene scene, Font font) {
        double y = PAD;
        double room = width / scale - 2 * PAD;
        if (!scene.formula().isBlank()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            FontMetrics fm = g.getFontMetrics();
            g.setColor(style.foreground());
            g.drawString(elide("L(x, y) = " + scene.formula(), fm, room), (float) PAD, (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(style.muted());
        g.drawString(elide(FigureRenderer.captionLine(scene), fm, room), (float) PAD, (float) (y + fm.getAscent()));
    }

    private void drawLegend(Graphics2D g, List<TrajectoryOverlay> runs, Font font) {
        List<TrajectoryOverlay> named = runs.stream().filter(r -> !r.label().isBlank()).toList();
        if (named.isEmpty()) {
            return;
        }
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double w = named.stream().mapToInt(r -> fm.stringWidth(r.label())).max().orElse(0) + 34;
        Rectangle2D box = new Rectangle2D.Double(plot.getMaxX() - w - 6, plot.getMinY() + 6, w,
                named.size() * fm.getHeight() + 8);
        Color bg = style.background();
        g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 215));
        g.fill(box);
        g.setColor(style.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        double y = box.getMinY() + 4;
        for (TrajectoryOverlay run : named) {
            double mid = y + fm.getHeight() / 2.0;
            g.setColor(new Color(run.argb(), true));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(box.getMinX() + 6, mid, box.getMinX() + 24, mid));
            g.setColor(style.foreground());
            g.drawString(run.label(), (float) (box.getMinX() + 28), (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
    }

    private static String elide(String text, FontMetrics fm, double room) {
        if (fm.stringWidth(text) <= room) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s + "\u2026") > room) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }
}
