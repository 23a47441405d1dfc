package dev.superlevel.render;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * The path-loss figure ({@link FigureKind#PATH_LOSS}, issue 10): for every recorded training path, L(t) read
 * from the surface at its points (solid, a marker per point) and the loss the file itself recorded (dashed,
 * when it has a loss column), against the step. Paths are told apart by a fixed palette (not the run
 * colours). The same chart is shown in the app. Fonts, colours and number formats are fixed here, so the
 * figure depends only on its inputs. Stateless and thread-safe.
 */
public final class PathLossFigureRenderer {

    /** Line colours of the paths, in order (Okabe–Ito, distinct from the heat map's viridis/magma ends). */
    static final int[] PALETTE = {0xFF0072B2, 0xFFD55E00, 0xFF009E73, 0xFFCC79A7, 0xFFE69F00, 0xFF56B4E9};

    private PathLossFigureRenderer() {
    }

    /** Renders the figure of the scene's recorded paths into a new {@code width × height} image. */
    public static BufferedImage render(CompositeScene scene, int width, int height, double scale) {
        List<PathLossSeries> paths = requirePaths(scene);
        FigureStyle style = scene.landscape().style();
        return FigureRenderer.paintScaled(width, height, scale, (g, area) -> draw(g, paths, style, area));
    }

    /** The scene's recorded paths; none is an error naming what to give. */
    static List<PathLossSeries> requirePaths(CompositeScene scene) {
        if (scene.pathLosses().isEmpty()) {
            throw new IllegalArgumentException("the path-loss figure needs a recorded path: give --path FILE");
        }
        return scene.pathLosses();
    }

    /** Draws the whole chart into {@code area}. */
    public static void draw(Graphics2D g, List<PathLossSeries> paths, FigureStyle style, Rectangle2D area) {
        FigureRenderer.configure(g);
        chart(paths, style).draw(g, area);
    }

    /**
     * The chart: per path k, series 2k is L on the surface and series 2k + 1 the recorded loss (empty when
     * the file has none); the legend names both.
     */
    public static JFreeChart chart(List<PathLossSeries> paths, FigureStyle style) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int k = 0;
        for (PathLossSeries p : paths) {
            Color colour = new Color(PALETTE[k % PALETTE.length], true);
            data.addSeries(series(p.name() + ": L on the surface", p.steps(), p.surfaceLoss()));
            data.addSeries(series(p.name() + ": recorded loss", p.steps(), p.recordedLoss()));
            renderer.setSeriesPaint(2 * k, colour);
            renderer.setSeriesStroke(2 * k, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(2 * k, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            renderer.setSeriesPaint(2 * k + 1, colour);
            renderer.setSeriesStroke(2 * k + 1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    10f, new float[] {6f, 4f}, 0f));
            renderer.setSeriesShapesVisible(2 * k + 1, false);
            renderer.setSeriesVisibleInLegend(2 * k + 1, p.hasRecordedLoss());
            k++;
        }
        NumberAxis x = axis("step t", style, font);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = axis("loss", style, font);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(style == FigureStyle.LIGHT ? new Color(0xF7F7F7) : new Color(0x2A2B2E));
        plot.setOutlinePaint(style.muted());
        Color grid = style == FigureStyle.LIGHT ? new Color(0xDDDDDD) : new Color(0x44464A);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        JFreeChart chart = new JFreeChart(null, font, plot, true);
        TextTitle title = new TextTitle("recorded paths: L(t) on the surface (solid) and the loss the training "
                + "recorded (dashed)", font.deriveFont(Font.BOLD, 13f));
        title.setPaint(style.foreground());
        chart.setTitle(title);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font);
        legend.setItemPaint(style.foreground());
        legend.setBackgroundPaint(style.background());
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(style.background());
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** Non-finite values become gaps (JFreeChart breaks a line at NaN). */
    private static XYSeries series(String key, double[] steps, double[] values) {
        XYSeries s = new XYSeries(key, false, true);
        for (int t = 0; t < steps.length; t++) {
            s.add(steps[t], Double.isFinite(values[t]) ? values[t] : Double.NaN);
        }
        return s;
    }

    private static NumberAxis axis(String label, FigureStyle style, Font font) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setNumberFormatOverride(new TickFormat());
        axis.setLabelFont(font);
        axis.setLabelPaint(style.foreground());
        axis.setTickLabelFont(font);
        axis.setTickLabelPaint(style.foreground());
        axis.setAxisLinePaint(style.muted());
        axis.setTickMarkPaint(style.muted());
        return axis;
    }
}
