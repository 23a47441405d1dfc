package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.session.SessionFile;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class RenderSurfaceCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSurfaceFigureRecordsItsCameraAndRerendersIdenticallyFromThePng() throws IOException {
        Path first = dir.resolve("s.png");
        CliRunner r = CliRunner.run("render", "--function", "himmelblau", "--lambda", "100", "--grid", "64",
                "--figure", "surface", "--azimuth", "-40", "--elevation", "25", "--exaggeration", "1.5",
                "--size", "400x300", "--out", first.toString());
        assertEquals(0, r.status(), r.err());
        BufferedImage image = ImageIO.read(first.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
        FigureSpec spec = SessionFile.figureFromPng(first).orElseThrow();
        assertEquals(FigureKind.SURFACE, spec.kind());
        assertEquals(-40, spec.surface().azimuth());
        assertEquals(25, spec.surface().elevation());
        assertEquals(1.5, spec.surface().exaggeration());
        Path second = dir.resolve("again.png");
        assertEquals(0, CliRunner.run("render", "--session", first.toString(), "--out", second.toString()).status());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void anotherAzimuthGivesAnotherPicture() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        assertEquals(0, CliRunner.run("render", "--function", "x^2 + y", "--grid", "32", "--lambda", "1", "--figure",
                "surface", "--size", "300x240", "--out", a.toString()).status());
        assertEquals(0, CliRunner.run("render", "--function", "x^2 + y", "--grid", "32", "--lambda", "1", "--figure",
                "surface", "--azimuth", "30", "--size", "300x240", "--out", b.toString()).status());
        BufferedImage ia = ImageIO.read(a.toFile());
        BufferedImage ib = ImageIO.read(b.toFile());
        int differing = 0;
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 300; x++) {
                differing += ia.getRGB(x, y) != ib.getRGB(x, y) ? 1 : 0;
            }
        }
        // the box fills about a third of so small a figure; turning it by 90° changes most of that
        assertTrue(differing > 300 * 240 / 20, "differing pixels: " + differing);
    }

    @Test
    void badCameraValuesAreOneStderrLine() {
        CliRunner r = CliRunner.run("render", "--function", "x", "--figure", "surface", "--elevation", "95", "--out",
                dir.resolve("x.png").toString());
        assertTrue(r.isBadInputWithOneLine());
        assertEquals("error: --figure surface: elevation must be between -89 and 89 degrees, got 95.0", r.err().strip());
        assertTrue(CliRunner.run("render", "--function", "x", "--figure", "surface", "--height-clip", "0.5", "--out",
                dir.resolve("x.png").toString()).isBadInputWithOneLine());
        assertTrue(CliRunner.run("render", "--function", "x", "--figure", "cube", "--out",
                dir.resolve("x.png").toString()).isBadInputWithOneLine());
    }
}
