package dev.superlevel.ui.levelset;

import dev.superlevel.core.Cancellation;
import dev.superlevel.render.Polyline;
import dev.superlevel.ui.landscape.LandscapeData;

import java.util.List;

/**
 * The slower questions about S_λ that run in the background: its contour lines and whether its
 * component count survives doubling the resolution. Implemented with TOPOLOGY's {@code ContourTracer}
 * and {@code ResolutionCheck}; tests may substitute their own.
 */
public interface LevelSetAnalysis {

    /** The λ contours of the landscape in domain coordinates. */
    List<Polyline> contours(LandscapeData data, double lambda, Cancellation cancel);

    /**
     * The component counts at the landscape's resolution N and at 2N, or null if this analysis cannot
     * tell.
     */
    int[] countsAtNAnd2N(LandscapeData data, double lambda, Cancellation cancel);

    /** Analysis that knows nothing: no contours, no resolution verdict. */
    LevelSetAnalysis NONE = new LevelSetAnalysis() {
        @Override
        public List<Polyline> contours(LandscapeData data, double lambda, Cancellation cancel) {
            return List.of();
        }

        @Override
        public int[] countsAtNAnd2N(LandscapeData data, double lambda, Cancellation cancel) {
            return null;
        }
    };
}
