package dev.superlevel.cli;

import static dev.superlevel.cli.SurfaceCommandsTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.render.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code render --path} kept in the embedded session, and {@code render --figure path-loss} (issue 10). */
class RenderPathsCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void pathsAreKeptInTheSessionAndTheFigureRerendersFromItsPng(@TempDir Path dir) throws Exception {
        Path csv = Files.copy(Path.of(fixture("path.csv")), dir.resolve("path.csv"));
        Path png = dir.resolve("paths.png");
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--size", "400x300", "--path", fixture("projection.h5"), "--path", csv.toString(),
                "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        Session s = SessionFile.fromPng(png);
        assertEquals(List.of(Path.of(fixture("projection.h5")).toAbsolutePath().normalize().toString(),
                csv.toAbsolutePath().normalize().toString()), s.paths());
        Path again = dir.resolve("again.png");
        CliRunner re = CliRunner.run("render", "--session", png.toString(), "--out", again.toString());
        assertEquals(0, re.status(), re.err());
        assertSamePixels(png, again);
        // without the paths the figure differs: they are really drawn from the session
        Path bare = dir.resolve("bare.png");
        CliRunner b = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--size", "400x300", "--out", bare.toString());
        assertEquals(0, b.status(), b.err());
        assertTrue(!samePixels(png, bare), "the paths change the figure");
    }

    @Test
    void aVanishedPathFileIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path csv = Files.copy(Path.of(fixture("path.csv")), dir.resolve("path.csv"));
        Path png = dir.resolve("fig.png");
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--size", "300x200", "--path", csv.toString(), "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        Files.delete(csv);
        CliRunner again = CliRunner.run("render", "--session", png.toString(), "--out",
                dir.resolve("again.png").toString());
        assertTrue(again.isBadInputWithOneLine(), again.err());
        assertEquals("error: " + csv.toAbsolutePath().normalize() + ": recorded path kept in the session: no such"
                + " file (moved or deleted since the session was saved)" + NL, again.err());
    }

    @Test
    void pathLossFigureIsDrawnRecordedAndRedrawn(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("loss.png");
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--figure", "path-loss", "--size", "500x300", "--path", fixture("path.csv"), "--out", png.toString());
        assertEquals(0, r.status(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(500, img.getWidth());
        assertEquals(FigureKind.PATH_LOSS, SessionFile.figureFromPng(png).orElseThrow().kind());
        Path again = dir.resolve("again.png");
        CliRunner re = CliRunner.run("render", "--session", png.toString(), "--out", again.toString());
        assertEquals(0, re.status(), re.err());
        assertSamePixels(png, again);
    }

    @Test
    void pathLossFigureAsSvgIsTheChartNotTheLandscape(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("loss.svg");
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--figure", "path-loss", "--size", "500x300", "--path", fixture("path.csv"), "--out", svg.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("path.csv: recorded loss"), "the legend of the path-loss chart");
    }

    @Test
    void pathLossFigureWithoutAPathSaysWhatToGive(@TempDir Path dir) {
        CliRunner r = CliRunner.run("render", "--function", fixture("landscape.h5"), "--lambda", "1.3",
                "--figure", "path-loss", "--out", dir.resolve("x.png").toString());
        assertTrue(r.isBadInputWithOneLine(), r.err());
        assertEquals("error: the path-loss figure needs a recorded path: give --path FILE" + NL, r.err());
    }

    private static void assertSamePixels(Path a, Path b) throws Exception {
        assertTrue(samePixels(a, b), a + " and " + b + " differ");
    }

    private static boolean samePixels(Path a, Path b) throws Exception {
        BufferedImage x = ImageIO.read(a.toFile());
        BufferedImage y = ImageIO.read(b.toFile());
        if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
            return false;
        }
        int[] px = x.getRGB(0, 0, x.getWidth(), x.getHeight(), null, 0, x.getWidth());
        int[] py = y.getRGB(0, 0, y.getWidth(), y.getHeight(), null, 0, y.getWidth());
        return java.util.Arrays.equals(px, py);
    }
}
