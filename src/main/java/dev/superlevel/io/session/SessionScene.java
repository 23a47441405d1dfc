package dev.superlevel.io.session;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.FunctionResolver;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.core.topology.Contour;
import dev.superlevel.core.topology.ContourTracer;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.io.surface.SurfaceFormatException;
import dev.superlevel.io.surface.SurfaceReference;
import dev.superlevel.io.trajectory.RecordedPaths;
import dev.superlevel.render.PathLossSeries;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.Polyline;
import dev.superlevel.render.RunSeries;
import dev.superlevel.render.TrajectoryOverlay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the scenes a {@link Session} describes: compiles the function with its parameters, samples the
 * grid, computes the persistence diagram, takes the stable component labels and the λ contours, and runs
 * every optimizer. The CLI {@code render} and the app's export both go through here, so a session gives
 * the same figure wherever it is drawn. Stateless; the heavy steps honour {@code cancel}.
 */
public final class SessionScene {

    private SessionScene() {
    }

    /** The landscape scene of {@code session} in its style; runs are drawn up to its current step. */
    public static LandscapeScene build(Session session, Cancellation cancel) {
        return build(session, session.style(), cancel);
    }

    /** The composite scene (landscape and per-step panels) of {@code session} in its style. */
    public static CompositeScene buildComposite(Session session, Cancellation cancel) {
        return buildComposite(session, session.style(), cancel);
    }

    /** The landscape scene of {@code session} in {@code style} (overriding the session's). */
    public static LandscapeScene build(Session session, FigureStyle style, Cancellation cancel) {
        return compute(session, cancel).landscape(session, style);
    }

    /** The composite scene of {@code session} in {@code style} (overriding the session's). */
    public static CompositeScene buildComposite(Session session, FigureStyle style, Cancellation cancel) {
        Computed c = compute(session, cancel);
        List<RunSeries> series = new ArrayList<>();
        for (int k = 0; k < c.trajectories().size(); k++) {
            SessionRun run = session.runs().get(k);
            series.add(RunSeries.of(c.trajectories().get(k), c.diagram(), run.argb(), run.label()));
        }
        List<PathLossSeries> pathLosses = new ArrayList<>();
        for (RecordedPath p : c.recorded()) {
            pathLosses.add(new PathLossSeries(p.name(), p.steps(), p.lossOn(c.loss()), p.losses()));
        }
        return new CompositeScene(c.landscape(session, style), series, session.currentStep(), pathLosses);
    }

    private static Computed compute(Session session, Cancellation cancel) {
        SessionFunction fn = session.function();
        LossFunction loss = loss(fn, session.grid().domain());
        SampledField field = GridSampler.sample(loss, session.grid(), cancel);
        PersistenceDiagram diagram = PersistenceSweep.compute(field, session.mode(), session.connectivity(), cancel);
        List<Trajectory> trajectories = new ArrayList<>();
        for (SessionRun run : session.runs()) {
            trajectories.add(TrajectoryRunner.run(loss, run.toRunConfig(), cancel));
        }
        return new Computed(loss, field, diagram, trajectories, recordedPaths(session));
    }

    /**
     * The session's recorded paths, read again from their files in order.
     *
     * @throws SurfaceFormatException naming the file when it has vanished or no longer reads as a path
     */
    public static List<RecordedPath> recordedPaths(Session session) {
        List<RecordedPath> out = new ArrayList<>();
        for (String name : session.paths()) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new SurfaceFormatException(name, "recorded path kept in the session: no such file"
                        + " (moved or deleted since the session was saved)");
            }
            out.add(RecordedPaths.read(file));
        }
        return out;
    }

    /**
     * The session's loss: a data-set function (issue 7) is stored by its sample name or file path with its
     * formula as the source, and is rebuilt from the data set; anything else is a compiled expression.
     */
    public static LossFunction loss(SessionFunction fn) {
        return loss(fn, null);
    }

    /** {@link #loss(SessionFunction)}; {@code grid} is the extent of a bare .npy surface (issue 10). */
    public static LossFunction loss(SessionFunction fn, Domain grid) {
        var surface = SurfaceReference.parse(fn.name(), fn.source());
        if (surface.isPresent()) {
            return surface.get().loss(grid);
        }
        FunctionDefinition definition;
        try {
            definition = fn.name().isBlank() ? null : FunctionResolver.resolve(fn.name());
        } catch (RuntimeException notAFunctionName) {
            definition = null;
        }
        if (definition != null && !definition.isExpression() && definition.formula().equals(fn.source())) {
            return definition.loss();
        }
        return ExpressionCompiler.compile(fn.source(), fn.parameters());
    }

    /** What the scenes are drawn from, computed once per session. */
    private record Computed(LossFunction loss, SampledField field, PersistenceDiagram diagram,
            List<Trajectory> trajectories, List<RecordedPath> recorded) {

        LandscapeScene landscape(Session session, FigureStyle style) {
            double lambda = session.lambda();
            List<TrajectoryOverlay> overlays = new ArrayList<>();
            for (int k = 0; k < trajectories.size(); k++) {
                overlays.add(overlay(trajectories.get(k), session.runs().get(k), session.currentStep()));
            }
            for (RecordedPath p : recorded) {
                overlays.add(TrajectoryOverlay.recorded(p.xs(), p.ys(), "recorded: " + p.name()));
            }
            return LandscapeScene.of(field, lambda)
                    .withColours(session.colorScale(), session.colormap(), 10)
                    .withLabels(diagram.labelsAt(lambda, 0.0), diagram.componentCount(lambda))
                    .withSet(session.mode(), session.connectivity())
                    .withContours(contours(field, session))
                    .withTrajectories(overlays)
                    .withFormula(session.function().source())
                    .withStyle(style);
        }
    }

    /** The boundary of S_λ, traced with the session's mode and connectivity (so it agrees with the labels). */
    private static List<Polyline> contours(SampledField field, Session session) {
        List<Polyline> lines = new ArrayList<>();
        for (Contour c : ContourTracer.trace(field, session.lambda(), session.mode(), session.connectivity())) {
            lines.add(new Polyline(c.xs(), c.ys(), c.closed()));
        }
        return lines;
    }

    private static TrajectoryOverlay overlay(Trajectory t, SessionRun run, int currentStep) {
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
