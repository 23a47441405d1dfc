package dev.superlevel.io.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.RunSeries;
import dev.superlevel.render.TrajectoryOverlay;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A run hidden in the app: its visibility is kept in the session (the optional {@code visible}, written only
 * as false, absent meaning shown, so older sessions read as before) and the session's figures leave it out.
 */
class SessionVisibilityTest {

    private static SessionRun run(String spec, int argb, String label, boolean visible) {
        return new SessionRun(RunConfigParser.parseSpec(spec).toKeyValues(), argb, label, visible);
    }

    /** A small quadratic bowl with a shown run "a" and a hidden run "b". */
    static Session withHiddenRun(boolean secondVisible) {
        SessionFunction f = new SessionFunction("expression", "x^2 + y^2", Map.of());
        List<SessionRun> runs = List.of(run("optimizer=gd,lr=0.1,start=1.5,1,steps=20", 0xFFD55E00, "a", true),
                run("optimizer=gd,lr=0.05,start=-1.5,-1,steps=30", 0xFF56B4E9, "b", secondVisible));
        return Session.of(f, new Domain(-2, 2, -2, 2), 48, 48, 1.0, SetMode.SUBLEVEL, Connectivity.FOUR,
                ColorScale.LINEAR, Colormap.VIRIDIS, runs, 10);
    }

    @Test
    void aHiddenRunStaysHiddenThroughJson() throws IOException {
        String json = SessionFile.toJson(withHiddenRun(false));
        assertEquals(1, json.split("\"visible\"", -1).length - 1, json);
        Session back = SessionFile.fromJson(json, "test");
        assertTrue(back.runs().get(0).visible());
        assertFalse(back.runs().get(1).visible());
        assertEquals(withHiddenRun(false), back);
    }

    @Test
    void shownRunsWriteNoVisibleFieldAndAnOlderSessionOpensWithEveryRunShown() throws IOException {
        String json = SessionFile.toJson(withHiddenRun(true));
        assertFalse(json.contains("\"visible\""), json);
        assertTrue(SessionFile.fromJson(SessionFile.toJson(SessionFileTest.sample()), "old.json").runs().stream()
                .allMatch(SessionRun::visible));
        assertEquals(withHiddenRun(true), SessionFile.fromJson(json, "old.json"));
    }

    @Test
    void aVisibleThatIsNotABooleanIsReportedWithItsJsonPath() {
        String json = SessionFile.toJson(withHiddenRun(false)).replace("\"visible\" : false", "\"visible\" : \"no\"");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("v.json: runs[1].visible: must be true or false", e.getMessage());
    }

    @Test
    void theSessionsFiguresLeaveTheHiddenRunOut() {
        CompositeScene hidden = SessionScene.buildComposite(withHiddenRun(false), Cancellation.NONE);
        assertEquals(List.of("a"), hidden.runs().stream().map(RunSeries::label).toList());
        assertEquals(List.of("a"), hidden.landscape().trajectories().stream().map(TrajectoryOverlay::label).toList());
        CompositeScene shown = SessionScene.buildComposite(withHiddenRun(true), Cancellation.NONE);
        assertEquals(List.of("a", "b"), shown.runs().stream().map(RunSeries::label).toList());
    }
}
