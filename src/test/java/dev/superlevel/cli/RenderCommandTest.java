package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.superlevel.io.Session;
import dev.superlevel.io.SessionFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void renderWritesAPngOfTheRequestedSizeWithItsSession() throws IOException {
        Path png = dir.resolve("r.png");
        int status = SuperlevelCli.run("render", "--function", "x^2 - y^2", "--lambda", "0.5", "--grid", "64",
                "--size", "320x240", "--run", "optimizer=gd,lr=0.1,start=1,1,steps=20", "--out", png.toString());
        assertEquals(0, status);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(320, img.getWidth());
        assertEquals(240, img.getHeight());
        Session s = SessionFile.fromPng(png);
        assertEquals("x^2 - y^2", s.function().source());
        assertEquals(0.5, s.lambda());
        assertEquals(1, s.runs().size());
    }

    @Test
    void renderingTheEmbeddedSessionGivesTheSameFile() throws IOException {
        Path first = dir.resolve("a.png");
        Path second = dir.resolve("b.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "x*y", "--lambda", "0", "--grid", "48",
                "--size", "300x200", "--out", first.toString()));
        assertEquals(0, SuperlevelCli.run("render", "--session", first.toString(), "--size", "300x200",
                "--out", second.toString()));
        assertEquals(-1L, Files.mismatch(first, second));
    }

    @Test
    void badSizeExitsWithStatusTwoAndWritesNothing() {
        Path png = dir.resolve("bad.png");
        assertEquals(2, SuperlevelCli.run("render", "--function", "x", "--lambda", "0", "--size", "big",
                "--out", png.toString()));
        assertFalse(Files.exists(png));
    }
}
