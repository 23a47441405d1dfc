package dev.superlevel.ui.charts;

import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.core.topology.PersistenceDiagram;
import java.util.List;
import org.jfree.data.xy.XYSeries;

/**
 * The live (JFreeChart) series of one run in the app's charts, holding steps 0..shown (contiguous, so item
 * index = step); not {@link dev.superlevel.render.RunSeries}, the immutable per-step values a figure is drawn
 * from. Updates are batched: points are added without events and one change event is fired per series.
 */
final class LiveRunSeries {

    final XYSeries loss;
    final XYSeries learningRate;
    final XYSeries dVdt;
    final XYSeries deltaL;
    final XYSeries violations;
    final XYSeries components;
    private int shown = -1;

    LiveRunSeries(String name) {
        loss = series(name);
        learningRate = series(name);
        dVdt = series(name + " dV/dt");
        deltaL = series(name + " ΔL");
        violations = series(name + " violations");
        components = series(name);
    }

    private static XYSeries series(String key) {
        return new XYSeries(key, false, true);
    }

    private XYSeries[] all() {
        return new XYSeries[] {loss, learningRate, dVdt, deltaL, violations, components};
    }

    /** Shows steps 0..{@code upTo} of {@code steps} (clamped), adding or removing the difference. */
    void showUpTo(List<TrajectoryStep> steps, PersistenceDiagram diagram, int upTo) {
        int target = Math.min(upTo, steps.size() - 1);
        if (target < shown) {
            clear();
        }
        if (target <= shown) {
            return;
        }
        for (int k = shown + 1; k <= target; k++) {
            TrajectoryStep s = steps.get(k);
            loss.add(k, s.loss(), false);
            learningRate.add(k, s.lr(), false);
            dVdt.add(k, s.dVdt(), false);
            deltaL.add(k, s.deltaL(), false);
            if (s.isViolation()) {
                violations.add(k, s.deltaL(), false);
            }
            components.add(k, diagram == null ? Double.NaN : diagram.componentCount(s.loss()), false);
        }
        shown = target;
        for (XYSeries series : all()) {
            series.fireSeriesChanged();
        }
    }

    /** Removes every point (one event per series). */
    void clear() {
        for (XYSeries series : all()) {
            series.clear();
        }
        shown = -1;
    }

    int shown() {
        return shown;
    }
}
