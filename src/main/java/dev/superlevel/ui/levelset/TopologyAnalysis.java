package dev.superlevel.ui.levelset;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.topology.ContourTracer;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.ResolutionCheck;
import dev.superlevel.core.topology.ResolutionReport;
import dev.superlevel.render.Polyline;
import dev.superlevel.ui.landscape.LandscapeData;

import java.util.List;

/**
 * {@link LevelSetAnalysis} by TOPOLOGY's marching-squares {@link ContourTracer} (same saddle rule as
 * the labelling, so a contour never cuts a component) and {@link ResolutionCheck} (re-sampling at 2N).
 * Stateless and thread-safe.
 */
public final class TopologyAnalysis implements LevelSetAnalysis {

    @Override
    public List<Polyline> contours(LandscapeData data, double lambda, Cancellation cancel) {
        PersistenceDiagram d = data.diagram();
        return ContourTracer.trace(data.field(), lambda, d.mode(), d.connectivity()).stream()
                .map(c -> new Polyline(c.xs(), c.ys(), c.closed())).toList();
    }

    @Override
    public int[] countsAtNAnd2N(LandscapeData data, double lambda, Cancellation cancel) {
        PersistenceDiagram d = data.diagram();
        ResolutionReport report = ResolutionCheck.check(data.function(), data.field().spec(), lambda, d.mode(),
                d.connectivity(), cancel);
        return new int[] {report.countAtN(), report.countAt2N()};
    }
}
