package dev.superlevel.io;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.TrajectoryOverlay;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link LandscapeScene} a {@link Session} describes: compiles the function with its parameters,
 * samples the grid, computes the persistence diagram, takes the stable component labels at λ and runs every
 * optimizer. The CLI {@code render} and the app's export both go through here, so a session gives the
 * same figure wherever it is drawn. Stateless; the heavy steps honour {@code cancel}.
 */
public final class SessionScene {

    private SessionScene() {
    }

    /** The scene of {@code session} in {@code style}; runs are drawn up to {@code session.currentStep()}. */
    public static LandscapeScene build(Session session, FigureStyle style, Cancellation cancel) {
        SessionFunction fn = session.function();
        CompiledExpression loss = ExpressionCompiler.compile(fn.source(), fn.parameters());
        SampledField field = GridSampler.sample(loss, session.grid(), cancel);
        PersistenceDiagram diagram = PersistenceSweep.compute(field, session.mode(), session.connectivity(), cancel);
        int[] labels = diagram.labelsAt(session.lambda(), 0.0);
        int count = diagram.componentCount(session.lambda());
        List<TrajectoryOverlay> overlays = new ArrayList<>();
        for (SessionRun run : session.runs()) {
            Trajectory t = TrajectoryRunner.run(loss, run.toRunConfig(), cancel);
            overlays.add(overlay(t, run, session.currentStep()));
        }
        return LandscapeScene.of(field, session.lambda())
                .withColours(session.colorScale(), session.colormap(), 10)
                .withLabels(labels, count)
                .withSet(session.mode(), session.connectivity())
                .withTrajectories(overlays)
                .withFormula(fn.source())
                .withStyle(style);
    }

    private static TrajectoryOverlay overlay(Trajectory t, SessionRun run, int currentStep) {
        int n = t.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = t.step(k).x();
            ys[k] = t.step(k).y();
        }
        return new TrajectoryOverlay(xs, ys, run.argb(), Math.min(currentStep, n - 1), run.label());
    }
}
