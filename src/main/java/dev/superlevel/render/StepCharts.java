package dev.superlevel.render;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The four per-step panels of the composite figure as JFreeCharts (AWT): L(t), α(t), dV/dt with the
 * realised ΔL, and the component count of S_{L(θ_t)}. Every run is a line in its colour over a
 * translucent halo (the look of the paths over the landscape, and visible even when the colour is
 * close to the background); the current step is a vertical line. All fonts, colours and number formats
 * are fixed here (Locale.ROOT), so the charts depend only on their inputs.
 */
final class StepCharts {

    /** Curves longer than twice this many points are thinned to their per-bucket min and max. */
    private static final int BUCKETS = 1000;
    /** Width of the value-axis area, the same in every panel so their step axes line up. */
    private static final double AXIS_SPACE = 62;

    private static final Stroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke HALO = new BasicStroke(3.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final float[] DASH = {5f, 3f};
    private static final Stroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, DASH, 0f);
    private static final Stroke DASHED_HALO = new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, DASH, 0f);

    private final List<RunSeries> runs;
    private final FigureStyle style;
    private final int currentStep;
    private final double lastStep;
    private final Font titleFont;
    private final Font tickFont;

    StepCharts(List<RunSeries> runs, FigureStyle style, int currentStep, Font titleFont, Font tickFont) {
        this.runs = runs;
        this.style = style;
        this.currentStep = currentStep;
        this.lastStep = Math.max(1, runs.stream().mapToInt(r -> r.size() - 1).max().orElse(1));
        this.titleFont = titleFont;
        this.tickFont = tickFont;
    }

    /** The four panels, top to bottom; only the last shows the step axis label. */
    List<JFreeChart> charts() {
        return List.of(lossChart(), lrChart(), lyapunovChart(), componentChart());
    }

    private JFreeChart lossChart() {
        boolean log = runs.stream().allMatch(r -> allPositive(r.loss())) && !runs.isEmpty();
        ValueAxis axis = log ? new LogLossAxis() : numberAxis(false);
        XYPlot plot = plot(axis, false);
        addLines(plot, 0, RunSeries::loss, LINE, HALO, false);
        return chart(plot, log ? "loss L(\u03b8\u209c)  (log scale)" : "loss L(\u03b8\u209c)");
    }

    private JFreeChart lrChart() {
        XYPlot plot = plot(numberAxis(false), false);
        addLines(plot, 0, RunSeries::lr, LINE, HALO, false);
        return chart(plot, "step size \u03b1(t)");
    }

    private JFreeChart lyapunovChart() {
        XYPlot plot = plot(numberAxis(false), false);
        addLines(plot, 0, RunSeries::dVdt, LINE, HALO, false);
        addLines(plot, 1, RunSeries::deltaL, DASHED, DASHED_HALO, false);
        plot.setDataset(2, violations());
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, RunPalette.VIOLATION);
        dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        plot.setRenderer(2, dots);
        plot.addRangeMarker(new ValueMarker(0, style.muted(), new BasicStroke(0.8f)));
        return chart(plot, "dV/dt and realised \u0394L (dashed); red: \u0394L > 0");
    }

    private JFreeChart componentChart() {
        XYPlot plot = plot(numberAxis(true), true);
        addLines(plot, 0, RunSeries::components, LINE, HALO, true);
        return chart(plot, "components of S at \u03bb = L(\u03b8\u209c)");
    }

    /** ΔL at every violation (ΔL &gt; 0), thinned like the lines so a long run keeps its largest rises. */
    private XYSeriesCollection violations() {
        XYSeries red = new XYSeries("violations", false, true);
        for (RunSeries r : runs) {
            double[] rises = new double[r.size()];
            for (int t = 0; t < r.size(); t++) {
                rises[t] = r.isViolation(t) ? r.deltaL()[t] : Double.NaN;
            }
            double[][] kept = MinMaxDecimation.apply(rises, BUCKETS);
            for (int k = 0; k < kept[0].length; k++) {
                if (Double.isFinite(kept[1][k])) {
                    red.add(kept[0][k], kept[1][k]);
                }
            }
        }
        return new XYSeriesCollection(red);
    }

    /** Dataset {@code index}: per run a halo series then the coloured one. */
    private void addLines(XYPlot plot, int index, Function<RunSeries, double[]> curve, Stroke line, Stroke halo,
            boolean steps) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = steps ? new XYStepRenderer() : new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultShapesVisible(false);
        // one path per series: a translucent halo drawn segment by segment would darken where segments overlap
        renderer.setDrawSeriesLineAsPath(true);
        Paint haloPaint = style == FigureStyle.LIGHT ? new Color(0, 0, 0, 70) : new Color(0, 0, 0, 140);
        int k = 0;
        for (RunSeries r : runs) {
            double[] v = curve.apply(r);
            data.addSeries(series(r.label() + " halo " + k, v));
            data.addSeries(series(r.label() + " " + k, v));
            renderer.setSeriesPaint(2 * k, haloPaint);
            renderer.setSeriesStroke(2 * k, halo);
            renderer.setSeriesPaint(2 * k + 1, new Color(r.argb(), true));
            renderer.setSeriesStroke(2 * k + 1, line);
            k++;
        }
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
    }

    /**
     * At most 2·{@value #BUCKETS} points (min/max thinning, see {@link MinMaxDecimation}); non-finite
     * values become gaps (JFreeChart breaks a line at NaN).
     */
    private static XYSeries series(String key, double[] v) {
        double[][] kept = MinMaxDecimation.apply(v, BUCKETS);
        XYSeries s = new XYSeries(key, false, true);
        for (int k = 0; k < kept[0].length; k++) {
            s.add(kept[0][k], Double.isFinite(kept[1][k]) ? kept[1][k] : Double.NaN);
        }
        return s;
    }

    private XYPlot plot(ValueAxis range, boolean stepLabel) {
        NumberAxis domain = new NumberAxis(stepLabel ? "step t" : null);
        domain.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        domain.setNumberFormatOverride(new TickFormat());
        domain.setRange(0, lastStep);
        styleAxis(domain);
        styleAxis(range);
        XYPlot plot = new XYPlot(null, domain, range, null);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // halo (series 2k) below its line (series 2k + 1)
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(style == FigureStyle.LIGHT ? new Color(0xF7F7F7) : new Color(0x2A2B2E));
        plot.setOutlinePaint(style.muted());
        Color grid = style == FigureStyle.LIGHT ? new Color(0xDDDDDD) : new Color(0x44464A);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        AxisSpace space = new AxisSpace();
        space.setLeft(AXIS_SPACE);
        plot.setFixedRangeAxisSpace(space);
        plot.addDomainMarker(new ValueMarker(currentStep, style.foreground(), new BasicStroke(1.2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f)));
        return plot;
    }

    private NumberAxis numberAxis(boolean integers) {
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(integers ? NumberAxis.createIntegerTickUnits(Locale.ROOT)
                : NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(integers);
        axis.setNumberFormatOverride(new TickFormat());
        return axis;
    }

    private void styleAxis(ValueAxis axis) {
        axis.setLabelFont(tickFont);
        axis.setLabelPaint(style.foreground());
        axis.setTickLabelFont(tickFont);
        axis.setTickLabelPaint(style.foreground());
        axis.setAxisLinePaint(style.muted());
        axis.setTickMarkPaint(style.muted());
    }

    private JFreeChart chart(XYPlot plot, String title) {
        JFreeChart chart = new JFreeChart(null, titleFont, plot, false);
        TextTitle heading = new TextTitle(title, titleFont);
        heading.setPaint(style.foreground());
        heading.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        heading.setPadding(new RectangleInsets(2, AXIS_SPACE, 2, 2));
        chart.setTitle(heading);
        chart.setBackgroundPaint(style.background());
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 0, 4, 16));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static boolean allPositive(double[] v) {
        boolean any = false;
        for (double x : v) {
            if (Double.isFinite(x)) {
                if (x <= 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
