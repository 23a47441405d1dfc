package dev.superlevel.io.session;
import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.FunctionResolver;
import dev.superlevel.io.surface.SurfaceFormatException;
import dev.superlevel.io.surface.SurfaceReference;
import dev.superlevel.io.trajectory.RecordedPaths;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.PathLossSeries;
import dev.superlevel.render.SceneBuilder;
import dev.superlevel.render.SceneRun;
import dev.superlevel.render.SceneSettings;
import dev.superlevel.render.TrajectoryOverlay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenes a {@link Session} describes: resolves the session's function (a sample, a .fn file, a surface
 * file or a typed expression) and hands the loss, the view settings and the runs to {@link SceneBuilder} in render, which
 * builds the figure. The CLI {@code render} and the app's export both go through here, so a session gives
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
        List<RecordedPath> recorded = recordedPaths(session);
        return withPaths(SceneBuilder.landscape(loss(session), settings(session), runs(session), style, cancel),
                recorded);
    }

    /** The composite scene of {@code session} in {@code style} (overriding the session's). */
    public static CompositeScene buildComposite(Session session, FigureStyle style, Cancellation cancel) {
        List<RecordedPath> recorded = recordedPaths(session);  // first: a vanished file fails before the work
        LossFunction loss = loss(session);
        CompositeScene scene = SceneBuilder.composite(loss, settings(session), runs(session), style, cancel);
        if (recorded.isEmpty()) {
            return scene;
        }
        List<PathLossSeries> pathLosses = new ArrayList<>();
        for (RecordedPath p : recorded) {
            pathLosses.add(new PathLossSeries(p.name(), p.steps(), p.lossOn(loss), p.losses()));
        }
        return new CompositeScene(withPaths(scene.landscape(), recorded), scene.runs(), scene.currentStep(),
                pathLosses);
    }

    /** {@code scene} with the recorded paths drawn over it (issue 10), after the runs. */
    private static LandscapeScene withPaths(LandscapeScene scene, List<RecordedPath> recorded) {
        if (recorded.isEmpty()) {
            return scene;
        }
        List<TrajectoryOverlay> overlays = new ArrayList<>(scene.trajectories());
        for (RecordedPath p : recorded) {
            overlays.add(TrajectoryOverlay.recorded(p.xs(), p.ys(), "recorded: " + p.name()));
        }
        return scene.withTrajectories(overlays);
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

    /** The view settings of {@code session}, its function's source as the caption formula. */
    static SceneSettings settings(Session session) {
        return new SceneSettings(session.grid(), session.lambda(), session.mode(), session.connectivity(),
                session.colorScale(), session.colormap(), session.function().source(), session.currentStep());
    }

    /** The session's runs, validated. @throws IllegalArgumentException naming a bad key of a run */
    static List<SceneRun> runs(Session session) {
        List<SceneRun> runs = new ArrayList<>();
        for (SessionRun run : session.runs()) {
            if (run.visible()) {  // a hidden run is in the session, not in the figure (as on screen)
                runs.add(new SceneRun(run.toRunConfig(), run.argb(), run.label()));
            }
        }
        return runs;
    }

    /** The session's loss; a bare .npy surface spans the session's domain. */
    private static LossFunction loss(Session session) {
        return loss(session.function(), session.grid().domain());
    }

    /**
     * The session's loss: a surface file (issue 10) is read again by path and array; a data-set function
     * (issue 7) is stored by its sample name or file path with its formula as the source, and is rebuilt from
     * the data set; anything else is a compiled expression.
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
        FunctionDefinition definition = datasetDefinition(fn);
        return definition != null ? definition.loss() : ExpressionCompiler.compile(fn.source(), fn.parameters());
    }

    /**
     * The data-set function the session names (sample or .fn file, read through the bounded readers),
     * if its formula is the session's source; else null, and the source is an expression.
     */
    static FunctionDefinition datasetDefinition(SessionFunction fn) {
        FunctionDefinition definition;
        try {
            definition = fn.name().isBlank() ? null : FunctionResolver.resolve(fn.name());
        } catch (RuntimeException notAFunctionName) {
            definition = null;
        }
        boolean matches = definition != null && !definition.isExpression() && definition.formula().equals(fn.source());
        return matches ? definition : null;
    }
}
