package dev.superlevel.core.analysis;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.core.topology.MergeTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fair comparison of optimizers (issue 14): the same start, step budget and stopping rule for all, each
 * optimizer over the same log-spaced learning rates; every other hyper-parameter is the base
 * configuration the caller builds for it (so each optimizer keeps its own defaults unless the caller
 * overrides them). Rows come optimizer by optimizer in the given order, rates as given. Stateless and
 * thread-safe.
 */
public final class Comparison {

    /** The configuration of one run: the same start, steps and shared settings for every call. */
    @FunctionalInterface
    public interface Configs {
        RunConfig of(OptimizerKind optimizer, double learningRate);

        /** SPEC §1 defaults of each optimizer with the given start and steps. */
        static Configs defaults(double startX, double startY, int steps) {
            return (kind, lr) -> RunConfig.defaults(kind).withStart(startX, startY).withSteps(steps)
                    .withLearningRate(lr);
        }
    }

    /** Told after each finished run, on the computing thread: {@code done} of {@code total} runs. */
    @FunctionalInterface
    public interface Progress {
        /** Tells nobody. */
        Progress NONE = (done, total) -> { };

        void finished(int done, int total);
    }

    private Comparison() {
    }

    /**
     * @param configs    the run of each (optimizer, rate)
     * @param target     the loss to reach for {@code stepsToTarget}, or NaN for none
     * @param tree       names the basins for {@link BasinSwitches}
     * @throws CancelledException if {@code cancel} is set meanwhile
     */
    public static List<ComparisonRow> run(LossFunction loss, Configs configs, List<OptimizerKind> optimizers,
            double[] rates, double target, MergeTree tree, Cancellation cancel) {
        return run(loss, configs, optimizers, rates, target, tree, cancel, Progress.NONE);
    }

    /**
     * {@link #run(LossFunction, Configs, List, double[], double, MergeTree, Cancellation)}, telling
     * {@code progress} after each of the optimizers × rates runs (the app's progress bar).
     */
    public static List<ComparisonRow> run(LossFunction loss, Configs configs, List<OptimizerKind> optimizers,
            double[] rates, double target, MergeTree tree, Cancellation cancel, Progress progress) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(tree, "tree");
        List<ComparisonRow> rows = new ArrayList<>();
        int total = optimizers.size() * rates.length;
        for (OptimizerKind kind : optimizers) {
            List<ComparisonRow> own = new ArrayList<>();
            for (double lr : rates) {
                cancel.check();
                Trajectory t = TrajectoryRunner.run(loss, configs.of(kind, lr), cancel);
                if (t.status() == RunStatus.CANCELLED) {
                    throw new CancelledException();
                }
                own.add(row(kind, lr, t, target, tree));
                progress.finished(rows.size() + own.size(), total);
            }
            rows.addAll(markBest(own));
        }
        return rows;
    }

    static ComparisonRow row(OptimizerKind kind, double lr, Trajectory t, double target, MergeTree tree) {
        int n = t.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double best = Double.NaN;
        int reached = -1;
        for (int s = 0; s < n; s++) {
            var step = t.step(s);
            xs[s] = step.x();
            ys[s] = step.y();
            best = s == 0 ? step.loss() : Math.min(best, step.loss());
            if (reached < 0 && step.loss() <= target) {
                reached = s;
            }
        }
        double last = n == 0 ? Double.NaN : t.step(n - 1).loss();
        return new ComparisonRow(kind, lr, last, best, reached, t.violationCount(),
                BasinSwitches.count(tree, xs, ys, n), t.status(), false);
    }

    /** Marks the completed row with the lowest final loss (first on ties, i.e. the smaller rate). */
    static List<ComparisonRow> markBest(List<ComparisonRow> rows) {
        int best = -1;
        for (int k = 0; k < rows.size(); k++) {
            ComparisonRow r = rows.get(k);
            if (r.status() == RunStatus.COMPLETED && Double.isFinite(r.finalLoss())
                    && (best < 0 || r.finalLoss() < rows.get(best).finalLoss())) {
                best = k;
            }
        }
        List<ComparisonRow> out = new ArrayList<>(rows);
        if (best >= 0) {
            out.set(best, rows.get(best).withBest(true));
        }
        return out;
    }
}
