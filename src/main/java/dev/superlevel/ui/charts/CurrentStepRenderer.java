package dev.superlevel.ui.charts;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Lines for the played part of each run with a dot on its last point only: the value at the current
 * step, visible even at step 0 where a line of one point draws nothing.
 */
final class CurrentStepRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    CurrentStepRenderer() {
        super(true, true);
        setDefaultToolTipGenerator(LiveCharts.tooltips());
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        XYDataset dataset = getPlot() == null ? null : getPlot().getDataset(getPlot().getIndexOf(this));
        return dataset != null && item == dataset.getItemCount(series) - 1;
    }
}
