package dev.superlevel.ui.analysis.internals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.PlotArea;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Which arrow the pointer is over, and what the read-out says about it. */
class ArrowHoverTest {

    /** 400 × 400 px over [−2, 2]²: 100 px per unit, the origin at pixel (200, 200). */
    private static final PlotArea AREA = new PlotArea(0, 0, 400, 400, new Domain(-2, 2, -2, 2));
    /** The longest (4): factor 0.8/4 = 0.2, drawn from (200, 200) to (280, 200). */
    private static final Arrow ALONG_X = new Arrow(ArrowKind.GRADIENT, 0, 0, 4, 0);
    /** Drawn 0.4 long (over 3 % of the view, so not magnified): from (200, 200) up to (200, 160). */
    private static final Arrow ALONG_Y = new Arrow(ArrowKind.UPDATE, 0, 0, 0, 2);

    @Test
    void thePointerPicksTheArrowWithinSixPixels() {
        List<Arrow> arrows = List.of(ALONG_X, ALONG_Y);
        assertEquals(ALONG_X, InternalsLayer.nearest(arrows, 240, 204, AREA));
        assertEquals(ALONG_X, InternalsLayer.nearest(arrows, 284, 200, AREA));
        assertEquals(ALONG_Y, InternalsLayer.nearest(arrows, 203, 180, AREA));
        assertNull(InternalsLayer.nearest(arrows, 240, 207, AREA));
        assertNull(InternalsLayer.nearest(arrows, 287, 200, AREA));
        assertEquals(ALONG_Y, InternalsLayer.nearest(arrows, 200, 200, AREA), "a tie: the one drawn on top");
        assertNull(InternalsLayer.nearest(List.of(), 200, 200, AREA));
    }

    @Test
    void theReadOutGivesKindStepAndVector() {
        RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());
        runs.lossProperty().set(ExpressionCompiler.compile("x^2 + y^2"));
        PlaybackViewModel playback = new PlaybackViewModel();
        playback.lastStepProperty().set(10);
        InternalsViewModel vm = new InternalsViewModel(runs, playback);
        runs.add(Map.of("optimizer", "gd", "lr", "0.1", "schedule", "constant", "steps", "4", "start", "1,2"));
        vm.showingProperty().set(true);
        InternalsLayer layer = new InternalsLayer(vm);
        assertEquals("\u2212g (negative gradient) at step 0: (-2.00000, -4.00000), |v| = 4.47214",
                layer.describe(vm.arrowsProperty().get().get(0)));
    }
}
