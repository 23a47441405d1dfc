package dev.superlevel.render;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.core.topology.Contour;
import dev.superlevel.core.topology.ContourTracer;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a resolved loss, its {@link SceneSettings} and runs into the scenes a figure is drawn from: samples
 * the grid, computes the persistence diagram, takes the stable component labels and the λ contours, and
 * runs every optimizer. Reading a session (which function, which file) is io's job; this class starts from
 * what that resolved, so the same inputs give the same figure wherever it is drawn. Stateless and
 * thread-safe (the loss must be); the heavy steps honour {@code cancel}.
 */
public final class SceneBuilder {

    private SceneBuilder() {
    }

    /** The landscape scene, runs drawn up to the settings' current step. */
    public static LandscapeScene landscape(LossFunction loss, SceneSettings settings, List<SceneRun> runs,
            FigureStyle style, Cancellation cancel) {
        return compute(loss, settings, runs, cancel).landscape(style);
    }

    /** The composite scene: the landscape plus every run's per-step series for the side panels. */
    public static CompositeScene composite(LossFunction loss, SceneSettings settings, List<SceneRun> runs,
            FigureStyle style, Cancellation cancel) {
        Computed c = compute(loss, settings, runs, cancel);
        List<RunSeries> series = new ArrayList<>();
        for (int k = 0; k < c.trajectories().size(); k++) {
            SceneRun run = runs.get(k);
            series.add(RunSeries.of(c.trajectories().get(k), c.diagram(), run.argb(), run.label()));
        }
        return new CompositeScene(c.landscape(style), series, settings.currentStep());
    }

    private static Computed compute(LossFunction loss, SceneSettings settings, List<SceneRun> runs,
            Cancellation cancel) {
        SampledField field = GridSampler.sample(loss, settings.grid(), cancel);
        PersistenceDiagram diagram = PersistenceSweep.compute(field, settings.mode(), settings.connectivity(),
                cancel);
        List<Trajectory> trajectories = new ArrayList<>();
        for (SceneRun run : runs) {
            trajectories.add(TrajectoryRunner.run(loss, run.config(), cancel));
        }
        return new Computed(settings, runs, field, diagram, trajectories);
    }

    /** What the scenes are drawn from, computed once. */
    private record Computed(SceneSettings settings, List<SceneRun> runs, SampledField field,
            PersistenceDiagram diagram, List<Trajectory> trajectories) {

        LandscapeScene landscape(FigureStyle style) {
            double lambda = settings.lambda();
            List<TrajectoryOverlay> overlays = new ArrayList<>();
            for (int k = 0; k < trajectories.size(); k++) {
                overlays.add(overlay(trajectories.get(k), runs.get(k), settings.currentStep()));
            }
            return LandscapeScene.of(field, lambda)
                    .withColours(settings.colorScale(), settings.colormap(), 10)
                    .withLabels(diagram.labelsAt(lambda, 0.0), diagram.componentCount(lambda))
                    .withSet(settings.mode(), settings.connectivity())
                    .withContours(contours(field, settings))
                    .withTrajectories(overlays)
                    .withFormula(settings.formula())
                    .withStyle(style);
        }
    }

    /** The boundary of S_λ, traced with the settings' mode and connectivity (so it agrees with the labels). */
    private static List<Polyline> contours(SampledField field, SceneSettings settings) {
        List<Polyline> lines = new ArrayList<>();
        for (Contour c : ContourTracer.trace(field, settings.lambda(), settings.mode(), settings.connectivity())) {
            lines.add(new Polyline(c.xs(), c.ys(), c.closed()));
        }
        return lines;
    }

    private static TrajectoryOverlay overlay(Trajectory t, SceneRun run, int currentStep) {
        int n = t.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = t.step(k).x();
            ys[k] = t.step(k).y();
        }
        // a run whose start point is undefined has no rows: an empty path, drawn as nothing
        return new TrajectoryOverlay(xs, ys, run.argb(), Math.max(0, Math.min(currentStep, n - 1)), run.label());
    }
}
