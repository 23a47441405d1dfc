package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --function FILE.h5|.npz|.npy} in the commands (SPEC §3.1), on the fixtures of
 * {@code src/test/resources/surfaces/make_fixtures.py}: L(x, y) = 1 + x·x + 0.5·y + 0.25·x·y on
 * x = -1, -0.5, 0, 0.5, 1 and y = -0.5, 0, 0.5, 1, the sample at (0.5, 0.5) left at -1 (undefined).
 * Stored values by hand, rows top (y = 1) to bottom (y = -0.5):
 * <pre>
 *   2.25   1.625   1.5   1.875  2.75
 *   2.125  1.4375  1.25  -      2.375
 *   2      1.25    1     1.25   2
 *   1.875  1.0625  0.75  0.9375 1.625
 * </pre>
 */
class SurfaceCommandsTest {

    private static final String NL = System.lineSeparator();

    static String fixture(String name) {
        try {
            return Path.of(SurfaceCommandsTest.class.getResource("/surfaces/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void evalAtANodeReturnsTheStoredValueExactly() {
        CliRunner r = CliRunner.run("eval", "--function", fixture("landscape.h5"), "--at", "0.5,0");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\"value\":1.25,"), r.out());
        CliRunner acc = CliRunner.run("eval", "--function", fixture("landscape.h5"), "--surface-key", "test_acc",
                "--at", "1,-0.5");
        assertTrue(acc.out().startsWith("{\"value\":" + (double) (float) (0.5 - 0.125 * 1 * -0.5) + ","), acc.out());
    }

    @Test
    void evalNextToAnUndefinedSampleIsNaN() {
        CliRunner r = CliRunner.run("eval", "--function", fixture("landscape.h5"), "--at", "0.25,0.25");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("{\"value\":NaN,"), r.out());
    }

    @Test
    void componentsUseTheStoredValuesOnTheFilesOwnGrid() {
        CliRunner r = CliRunner.run("components", "--function", fixture("landscape.h5"), "--lambda", "1.25",
                "--sublevel");
        assertEquals(0, r.status(), r.err());
        // ≤ 1.25: 1.0625 0.75 0.9375 | 1.25 1 1.25 | 1.25  → 7 samples, one component
        assertTrue(r.out().startsWith("{\"components\":1,\"cells\":7,\"undefined\":1,"), r.out());
        assertTrue(r.out().contains("\"grid\":[5,4],\"domain\":[-1.0,1.0,-0.5,1.0]"), r.out());
    }

    @Test
    void persistenceOfTheStoredValues() {
        CliRunner r = CliRunner.run("persistence", "--function", fixture("landscape.h5"), "--sublevel");
        assertEquals(0, r.status(), r.err());
        assertEquals("birth,death" + NL + "0.75,Infinity" + NL, r.out());
        CliRunner sup = CliRunner.run("persistence", "--function", fixture("landscape.h5"), "--connectivity", "4");
        // super-level: peaks 2.75 (global), 2.375 (right of the hole), 2.25 (top left), 2.0 (i = 0, y = 0 is not
        // a peak: 2.125 above) … computed by hand in the javadoc table
        assertEquals(0, sup.status(), sup.err());
        assertTrue(sup.out().startsWith("birth,death" + NL + "2.75,-Infinity" + NL), sup.out());
    }

    @Test
    void gridResamplesTheInterpolant() {
        CliRunner r = CliRunner.run("components", "--function", fixture("landscape.h5"), "--lambda", "1.25",
                "--sublevel", "--grid", "9");
        assertTrue(r.out().contains("\"grid\":[9,9]"), r.out());
    }

    @Test
    void landscaperNpzAndBareNpyWork() {
        CliRunner npz = CliRunner.run("eval", "--function", fixture("landscaper.npz"), "--at", "2,3");
        assertTrue(npz.out().startsWith("{\"value\":" + (1 + 2.0 * 2 + 0.5 * 3 + 0.25 * 2 * 3) + ","), npz.out());
        CliRunner npy = CliRunner.run("eval", "--function", fixture("surface.npy"), "--domain", "0,3,10,12",
                "--at", "3,10");
        // Z[0, 3] = L(1, -1) whatever extent --domain gives the array
        assertTrue(npy.out().startsWith("{\"value\":" + (1 + 1.0 + 0.5 * -1 + 0.25 * -1) + ","), npy.out());
    }

    @Test
    void aRunThatLeavesTheGridSaysSo() {
        CliRunner r = CliRunner.run("trajectory", "--function", fixture("landscape.h5"), "--optimizer", "gd",
                "--start", "-0.75,0.75", "--lr", "0.1", "--steps", "200");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("note: left the surface at step "), r.err());
        assertTrue(r.err().strip().endsWith("is outside the grid"), r.err());
    }

    @Test
    void badSurfacesAreBadInputWithOneLineNamingFileAndProblem() {
        CliRunner missing = CliRunner.run("eval", "--function", fixture("missing_key.h5"), "--at", "0,0");
        assertTrue(missing.isBadInputWithOneLine(), missing.err());
        assertEquals("error: missing_key.h5: no array 'train_loss' (arrays present: min_eig, test_loss); "
                + "pick one with --surface-key" + NL, missing.err());
        CliRunner oneD = CliRunner.run("persistence", "--function", fixture("one_d.h5"));
        assertTrue(oneD.isBadInputWithOneLine() && oneD.err().contains("a 1-D surface"), oneD.err());
        CliRunner truncated = CliRunner.run("components", "--function", fixture("truncated.h5"), "--lambda", "1");
        assertTrue(truncated.isBadInputWithOneLine() && truncated.err().contains("truncated.h5: not a readable HDF5"),
                truncated.err());
        CliRunner gone = CliRunner.run("eval", "--function", "no/such/landscape.h5", "--at", "0,0");
        assertEquals("error: no/such/landscape.h5: no such file" + NL, gone.err());
    }

    @Test
    void surfaceFlagsAreRefusedForOtherFunctions() {
        CliRunner r = CliRunner.run("eval", "--function", "x^2", "--surface-key", "loss", "--at", "0,0");
        assertTrue(r.isBadInputWithOneLine(), r.err());
        assertTrue(r.err().contains("--surface-key and --transpose apply to surface files"), r.err());
    }

    @Test
    void renderDrawsASurfaceAndItsSessionOpensTheFileAgain(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("surface.png");
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--sublevel", "--lambda", "1.3",
                "--size", "400x300", "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(png) > 0);
        Path again = dir.resolve("again.png");
        CliRunner re = CliRunner.run("render", "--session", png.toString(), "--out", again.toString());
        assertEquals(0, re.status(), re.err());
    }

    @Test
    void renderDrawsRecordedPathsAndNamesABadOne(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("paths.png");
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--size", "400x300", "--path", fixture("projection.h5"), "--path", fixture("path.csv"),
                "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(png) > 0);
        CliRunner bad = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--path", fixture("landscape.h5"), "--out", dir.resolve("bad.png").toString());
        assertTrue(bad.isBadInputWithOneLine(), bad.err());
        assertTrue(bad.err().startsWith("error: landscape.h5: no arrays 'proj_xcoord' and 'proj_ycoord'"), bad.err());
    }

    @Test
    void domainViewsAnotherRectangleAtTheFilesResolution() {
        CliRunner r = CliRunner.run("components", "--function", fixture("landscape.h5"), "--lambda", "1.25",
                "--sublevel", "--domain", "-1,0,-0.5,0");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"grid\":[5,4],\"domain\":[-1.0,0.0,-0.5,0.0]"), r.out());
    }

    @Test
    void bettiCountsComponentsOfTheStoredValues() {
        // sub-level sets of the hand table: below 0.75 nothing, from 0.75 on one basin
        CliRunner r = CliRunner.run("betti", "--function", fixture("landscape.h5"), "--levels", "0.5,1,3",
                "--sublevel");
        assertEquals(0, r.status(), r.err());
        assertEquals("lambda,components" + NL + "0.5,0" + NL + "0.75,1" + NL + "1.0,1" + NL, r.out());
    }

    @Test
    void aSessionWhoseSurfaceFileVanishedSaysSo(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Path.of(fixture("landscape.h5")), dir.resolve("landscape.h5"));
        Path png = dir.resolve("fig.png");
        CliRunner r = CliRunner.run("render", "--function", copy.toString(), "--lambda", "1.3", "--size", "300x200",
                "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        Files.delete(copy);
        CliRunner again = CliRunner.run("render", "--session", png.toString(), "--out",
                dir.resolve("again.png").toString());
        assertTrue(again.isBadInputWithOneLine(), again.err());
        assertEquals("error: " + copy.toAbsolutePath().normalize() + ": no such file" + NL, again.err());
    }

    @Test
    void summaryUsesTheFilesOwnGridAndItsLowestStoredValue() {
        CliRunner r = CliRunner.run("summary", "--function", fixture("landscape.h5"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\"grid\":[5,4],"), r.out());
        // the lowest stored value, 0.75 at (0, -0.5), is the oldest basin
        assertTrue(r.out().contains("\"value\":0.75,\"location\":[0.0,-0.5]"), r.out());
    }

    @Test
    void basinsOfARunThatWalksOffTheFileAreLeftDomainWithNoBasin() {
        // lr 100: the first step (|∇L| ≥ 0.25 everywhere) lands far outside the 2 × 1.5 grid; the (1, 1) start
        // lies in a cell touching the undefined sample, so it is off the surface from step 0
        CliRunner r = CliRunner.run("basins", "--function", fixture("landscape.h5"), "--lattice", "2",
                "--optimizer", "gd", "--lr", "100", "--steps", "10");
        assertEquals(0, r.status(), r.err());
        String[] rows = r.out().strip().split("\\R");
        assertEquals(5, rows.length, r.out());
        for (int k = 1; k < rows.length; k++) {
            assertTrue(rows[k].endsWith(",left_domain,-1"), rows[k]);
        }
    }
}
