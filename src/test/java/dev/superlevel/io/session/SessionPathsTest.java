package dev.superlevel.io.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.surface.SurfaceFormatException;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.PathLossSeries;
import dev.superlevel.render.TrajectoryOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Recorded training paths kept in sessions (issue 10): the optional {@code paths} list, its compatibility
 * with sessions written before it, and the scenes that read the files again. Surface values are those of
 * {@code src/test/resources/surfaces/make_fixtures.py}: L = 1 + x² + 0.5·y + 0.25·x·y, (0.5, 0.5) undefined.
 */
class SessionPathsTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(SessionPathsTest.class.getResource("/surfaces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session of the fixture surface landscape.h5 on its own 5 × 4 grid. */
    private static Session surfaceSession(List<String> paths) {
        SessionFunction fn = new SessionFunction(fixture("landscape.h5").toString(), "surface train_loss of landscape.h5",
                Map.of());
        return Session.of(fn, new Domain(-1, 1, -0.5, 1), 5, 4, 1.3, SetMode.SUBLEVEL, Connectivity.FOUR,
                ColorScale.LINEAR, Colormap.VIRIDIS, List.of(), 0).withPaths(paths);
    }

    @Test
    void pathsSurviveJsonRoundTripInOrder() throws IOException {
        Session s = SessionFileTest.sample().withPaths(List.of("/data/run1/proj.h5", "/data/run2/path.csv"));
        Session back = SessionFile.fromJson(SessionFile.toJson(s), "test");
        assertEquals(List.of("/data/run1/proj.h5", "/data/run2/path.csv"), back.paths());
        assertEquals(s, back);
    }

    @Test
    void aSessionWithoutPathsWritesNoPathsFieldAndStillReadsAsBefore() throws IOException {
        String json = SessionFile.toJson(SessionFileTest.sample());
        assertFalse(json.contains("\"paths\""), json);
        Session back = SessionFile.fromJson(json, "old.json");
        assertEquals(List.of(), back.paths());
        assertEquals(SessionFileTest.sample(), back);
    }

    @Test
    void aBadPathEntryIsReportedWithItsJsonPath() {
        String json = SessionFile.toJson(SessionFileTest.sample().withPaths(List.of("/a.csv", "/b.csv")))
                .replace("\"/b.csv\"", "3");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("v.json: paths[1]: must be a non-empty file name", e.getMessage());
        String notAList = SessionFile.toJson(SessionFileTest.sample().withPaths(List.of("/a.csv")))
                .replaceAll("\"paths\" : \\[[^]]*]", "\"paths\" : \"/a.csv\"");
        e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(notAList, "v.json"));
        assertEquals("v.json: paths: must be a list of file names", e.getMessage());
    }

    @Test
    void theCompositeDrawsEachPathAndReadsItsLossFromTheSurface() throws IOException {
        // nodes of the grid, so the interpolant returns the stored samples exactly; (0.5, 0.5) is undefined
        Path csv = Files.writeString(dir.resolve("nodes.csv"), "x,y,step,loss\n0,0,0,3\n-0.5,0.5,5,2.5\n"
                + "0.5,0.5,10,2\n-1,1,15,1.5\n");
        CompositeScene scene = SessionScene.buildComposite(surfaceSession(List.of(csv.toString())), Cancellation.NONE);
        List<TrajectoryOverlay> recorded = scene.landscape().trajectories().stream().filter(TrajectoryOverlay::recorded)
                .toList();
        assertEquals(1, recorded.size());
        assertEquals("recorded: nodes.csv", recorded.get(0).label());
        assertEquals(1, scene.pathLosses().size());
        PathLossSeries p = scene.pathLosses().get(0);
        assertEquals(List.of(0.0, 5.0, 10.0, 15.0), boxed(p.steps()));
        assertEquals(List.of(1.0, 1.4375, Double.NaN, 2.25), boxed(p.surfaceLoss()));
        assertEquals(List.of(3.0, 2.5, 2.0, 1.5), boxed(p.recordedLoss()));
        assertTrue(p.hasRecordedLoss());
    }

    @Test
    void aProjectionFileHasNoRecordedLoss() {
        CompositeScene scene = SessionScene.buildComposite(
                surfaceSession(List.of(fixture("projection.h5").toString())), Cancellation.NONE);
        PathLossSeries p = scene.pathLosses().get(0);
        assertEquals(5, p.steps().length);
        assertFalse(p.hasRecordedLoss());
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), boxed(p.steps()));
    }

    @Test
    void aVanishedPathFileIsNamedClearly() throws IOException {
        Path csv = Files.writeString(dir.resolve("gone.csv"), "x,y\n0,0\n");
        Session s = surfaceSession(List.of(csv.toString()));
        Files.delete(csv);
        SurfaceFormatException e = assertThrows(SurfaceFormatException.class,
                () -> SessionScene.buildComposite(s, Cancellation.NONE));
        assertEquals(csv + ": recorded path kept in the session: no such file (moved or deleted since the session "
                + "was saved)", e.getMessage());
    }

    private static List<Double> boxed(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }
}
