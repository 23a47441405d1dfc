package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.Ticks;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
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
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The Compare dialog's chart: final loss against learning rate, one line per optimizer in its colour, a
 * marker per rate and a star on the optimizer's best rate. The rate axis is logarithmic (rates are positive);
 * the loss axis is logarithmic when every plotted loss is positive, else linear. Runs that did not complete
 * or whose final loss is not finite are not plotted as numbers: {@link #notPlotted} names them for the
 * caption under the chart. Stateless.
 */
final class CompareChart {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Shape DOT = new Ellipse2D.Double(-3, -3, 6, 6);
    private static final Shape STAR = star(8, 3.5);

    private CompareChart() {
    }

    /** Whether the row has a final loss to plot: completed, finite. */
    static boolean plotted(ComparisonRow r) {
        return r.status() == RunStatus.COMPLETED && Double.isFinite(r.finalLoss());
    }

    /** The plotted points of each optimizer, in row order: x = lr, y = final loss. */
    static XYSeriesCollection data(List<ComparisonRow> rows) {
        Map<OptimizerKind, XYSeries> series = new LinkedHashMap<>();
        for (ComparisonRow r : rows) {
            XYSeries s = series.computeIfAbsent(r.optimizer(), k -> new XYSeries(k.cliName(), false, true));
            if (plotted(r)) {
                s.add(r.learningRate(), r.finalLoss());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        return data;
    }

    /** "gd lr 1.5 (diverged)" for each row not plotted, in row order. */
    static List<String> notPlotted(List<ComparisonRow> rows) {
        List<String> names = new ArrayList<>();
        for (ComparisonRow r : rows) {
            if (!plotted(r)) {
                names.add(r.optimizer().cliName() + " lr " + Ticks.format(r.learningRate(), 4) + " ("
                        + CompareText.finalLoss(r) + ")");
            }
        }
        return names;
    }

    /** Whether the loss axis is logarithmic: every plotted final loss is positive (and there is one). */
    static boolean logLoss(List<ComparisonRow> rows) {
        List<ComparisonRow> shown = rows.stream().filter(CompareChart::plotted).toList();
        return !shown.isEmpty() && shown.stream().allMatch(r -> r.finalLoss() > 0);
    }

    /** The chart of {@code rows}, each optimizer's line in {@code colour.applyAsInt(kind)} (ARGB). */
    static JFreeChart chart(List<ComparisonRow> rows, ToIntFunction<OptimizerKind> colour) {
        XYSeriesCollection data = data(rows);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Shape getItemShape(int series, int item) {
                return isBest(rows, data, series, item) ? STAR : DOT;
            }
        };
        for (int k = 0; k < data.getSeriesCount(); k++) {
            OptimizerKind kind = OptimizerKind.parse((String) data.getSeriesKey(k));
            renderer.setSeriesPaint(k, new Color(colour.applyAsInt(kind), true));
            renderer.setSeriesStroke(k, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setLegendShape(k, DOT);
        }
        XYPlot plot = new XYPlot(data, decades(axis(new LogAxis("learning rate")), data, true),
                logLoss(rows) ? decades(axis(new LogAxis("final loss")), data, false)
                        : axis(new NumberAxis("final loss")), renderer);
        FigureStyle style = FigureStyle.LIGHT;
        plot.setBackgroundPaint(new Color(0xF7F7F7));
        plot.setOutlinePaint(style.muted());
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        chart.setTitle(new TextTitle("final loss against learning rate (★ each optimizer's best)",
                FONT.deriveFont(Font.BOLD, 13f)));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(style.background());
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 14));
        return chart;
    }

    /** Whether item {@code item} of series {@code series} is its optimizer's best rate. */
    private static boolean isBest(List<ComparisonRow> rows, XYSeriesCollection data, int series, int item) {
        String name = (String) data.getSeriesKey(series);
        double lr = data.getXValue(series, item);
        return rows.stream().anyMatch(r -> r.best() && r.optimizer().cliName().equals(name)
                && r.learningRate() == lr);
    }

    private static ValueAxis axis(ValueAxis axis) {
        if (axis instanceof LogAxis la) {
            la.setSmallestValue(Double.MIN_NORMAL);
            la.setNumberFormatOverride(new dev.superlevel.render.TickFormat());
        } else if (axis instanceof NumberAxis na) {
            na.setAutoRangeIncludesZero(false);
            na.setNumberFormatOverride(new dev.superlevel.render.TickFormat());
        }
        axis.setLabelFont(FONT);
        axis.setTickLabelFont(FONT);
        return axis;
    }

    /**
     * Ticks at powers of ten (every d-th decade, at most 8 labels) when the plotted values span at least a
     * decade; narrower ranges keep JFreeChart's own log ticks.
     */
    private static ValueAxis decades(ValueAxis axis, XYSeriesCollection data, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double v = x ? data.getXValue(s, i) : data.getYValue(s, i);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = Math.log10(hi / lo);
        if (axis instanceof LogAxis la && lo > 0 && span >= 1) {
            la.setAutoTickUnitSelection(false);
            la.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(span / 8))), false, false);
        }
        return axis;
    }

    private static Shape star(double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                p.moveTo(r * Math.cos(a), r * Math.sin(a));
            } else {
                p.lineTo(r * Math.cos(a), r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
