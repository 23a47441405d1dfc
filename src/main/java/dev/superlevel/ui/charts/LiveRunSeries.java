package dev.superlevel.ui.charts;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.core.topology.IterateComponents;
import dev.superlevel.core.topology.PersistenceDiagram;
import org.jfree.data.xy.XYSeries;

/**
 * The chart series of one run. The played part holds steps 0..shown (contiguous, so item index = step)
 * and grows or shrinks with the playback; the "ahead" series hold the whole computed run (every k-th
 * step for long runs), drawn faintly so the result is visible before Play; the marker series hold the
 * Lyapunov violations (ΔL &gt; 0) and the steps whose component count differs between the grid at N and
 * at 2N. Updates are batched: points are added without events and one change event is fired per series.
 */
final class LiveRunSeries {

    /** The ahead series keep at most about this many points. */
    private static final int AHEAD_POINTS = 2000;

    final XYSeries loss;
    final XYSeries learningRate;
    final XYSeries dVdt;
    final XYSeries deltaL;
    final XYSeries components;
    final XYSeries lossAhead;
    final XYSeries learningRateAhead;
    final XYSeries dVdtAhead;
    final XYSeries deltaLAhead;
    final XYSeries componentsAhead;
    final XYSeries violations;
    final XYSeries changedAt2N;
    private Trajectory trajectory;
    private int[] counts = new int[0];
    private int shown = -1;

    LiveRunSeries(int id, String name) {
        loss = series(id, "loss", name);
        learningRate = series(id, "lr", name);
        dVdt = series(id, "dvdt", name + " · dV/dt");
        deltaL = series(id, "dl", name + " · ΔL");
        components = series(id, "components", name);
        lossAhead = series(id, "loss+", name + " (whole run)");
        learningRateAhead = series(id, "lr+", name + " (whole run)");
        dVdtAhead = series(id, "dvdt+", name + " · dV/dt (whole run)");
        deltaLAhead = series(id, "dl+", name + " · ΔL (whole run)");
        componentsAhead = series(id, "components+", name + " (whole run)");
        violations = series(id, "violations", name + " · ΔL > 0");
        changedAt2N = series(id, "at2n", name + " · count differs at 2N");
    }

    private static XYSeries series(int id, String role, String text) {
        return new XYSeries(new SeriesKey(id + "/" + role, text), false, true);
    }

    private XYSeries[] played() {
        return new XYSeries[] {loss, learningRate, dVdt, deltaL, components, violations};
    }

    private XYSeries[] whole() {
        return new XYSeries[] {lossAhead, learningRateAhead, dVdtAhead, deltaLAhead, componentsAhead, changedAt2N};
    }

    /**
     * Takes a (new) trajectory and the grid diagrams at N and 2N (either may be null): recomputes the
     * per-step component counts ({@link IterateComponents}), refills the whole-run series and empties the
     * played part.
     */
    void load(Trajectory t, PersistenceDiagram diagram, PersistenceDiagram fine) {
        trajectory = t == null || t.size() == 0 ? null : t;
        clearPlayed();
        for (XYSeries s : whole()) {
            s.clear();
        }
        if (trajectory == null) {
            counts = new int[0];
            return;
        }
        int n = trajectory.size();
        counts = new int[n];
        int stride = Math.max(1, n / AHEAD_POINTS);
        for (int k = 0; k < n; k++) {
            TrajectoryStep s = trajectory.step(k);
            counts[k] = diagram == null ? -1 : IterateComponents.count(diagram, s.x(), s.y(), s.loss());
            boolean differs = fine != null && counts[k] >= 0
                    && IterateComponents.count(fine, s.x(), s.y(), s.loss()) != counts[k];
            if (differs) {
                changedAt2N.add(k, counts[k], false);
            }
            if (k % stride == 0 || k == n - 1) {
                lossAhead.add(k, s.loss(), false);
                learningRateAhead.add(k, s.lr(), false);
                dVdtAhead.add(k, s.dVdt(), false);
                deltaLAhead.add(k, s.deltaL(), false);
                componentsAhead.add(k, counts[k] < 0 ? Double.NaN : counts[k], false);
            }
        }
        for (XYSeries s : whole()) {
            s.fireSeriesChanged();
        }
    }

    /** Shows steps 0..{@code upTo} of the loaded run (clamped), adding or removing the difference. */
    void showUpTo(int upTo) {
        if (trajectory == null) {
            clearPlayed();
            return;
        }
        int target = Math.min(upTo, trajectory.size() - 1);
        if (target < shown) {
            clearPlayed();
        }
        if (target <= shown) {
            return;
        }
        for (int k = shown + 1; k <= target; k++) {
            TrajectoryStep s = trajectory.step(k);
            loss.add(k, s.loss(), false);
            learningRate.add(k, s.lr(), false);
            dVdt.add(k, s.dVdt(), false);
            deltaL.add(k, s.deltaL(), false);
            if (s.isViolation()) {
                violations.add(k, s.deltaL(), false);
            }
            components.add(k, counts[k] < 0 ? Double.NaN : counts[k], false);
        }
        shown = target;
        for (XYSeries series : played()) {
            series.fireSeriesChanged();
        }
    }

    /** The count of the components chart at step k (−1 without a landscape). */
    int componentCount(int k) {
        return counts[k];
    }

    /** Removes every played point (one event per series). */
    void clearPlayed() {
        for (XYSeries series : played()) {
            series.clear();
        }
        shown = -1;
    }

    int shown() {
        return shown;
    }

    /** A series key unique by id whose text (the tooltip's and legend's) is the run's name. */
    record SeriesKey(String id, String text) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey o) {
            return id.compareTo(o.id);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
