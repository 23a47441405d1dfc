package dev.superlevel.ui.charts;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart's bottom legend that gives way to the plot: laid out at the size the chart is drawn (on screen or
 * exported), it takes its wrapped height only when the plot keeps at least {@link #MIN_PLOT_HEIGHT} pixels and
 * the full length of its range-axis title; otherwise it takes no room and draws nothing (QA 122: with four runs
 * on a 1280 × 800 screen the legends left each plot about 30 px and clipped "components"). The map's legend
 * names the runs in any case. Drawn on the thread that draws its chart.
 */
final class FittingLegend extends LegendTitle {

    private static final long serialVersionUID = 1L;
    /** The least plot height, in pixels, that the legend leaves. */
    static final double MIN_PLOT_HEIGHT = 50;

    private final XYPlot plot;

    FittingLegend(XYPlot plot) {
        super(plot);
        this.plot = plot;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        Size2D size = super.arrange(g2, constraint);
        double room = constraint.getHeight() - size.getHeight() - belowAndAroundPlot(g2, constraint);
        return room >= neededPlotHeight(g2) ? size : new Size2D(0, 0);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        return area.getHeight() < 1 ? null : super.draw(g2, area, params);
    }

    /** Height the plot needs: {@link #MIN_PLOT_HEIGHT}, or more to hold its range axis's title. */
    private double neededPlotHeight(Graphics2D g2) {
        ValueAxis range = plot.getRangeAxis();
        String label = range == null ? null : range.getLabel();
        if (label == null || label.isEmpty()) {
            return MIN_PLOT_HEIGHT;
        }
        double length = g2.getFontMetrics(range.getLabelFont()).stringWidth(label);
        return Math.max(MIN_PLOT_HEIGHT, length);
    }

    /** The plot's insets, axis offset and the room its domain axis (at the bottom) reserves. */
    private double belowAndAroundPlot(Graphics2D g2, RectangleConstraint constraint) {
        double around = plot.getInsets().getTop() + plot.getInsets().getBottom()
                + plot.getAxisOffset().getTop() + plot.getAxisOffset().getBottom();
        ValueAxis domain = plot.getDomainAxis();
        if (domain == null || !domain.isVisible()) {
            return around;
        }
        Rectangle2D area = new Rectangle2D.Double(0, 0, constraint.getWidth(), constraint.getHeight());
        AxisSpace space = domain.reserveSpace(g2, plot, area, RectangleEdge.BOTTOM, new AxisSpace());
        return around + space.getBottom();
    }
}
