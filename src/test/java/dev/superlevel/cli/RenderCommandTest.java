package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.FigureStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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
    void aSessionPngRerendersIdenticallyWithoutAnyFigureFlags() throws IOException {
        Path first = dir.resolve("print.png");
        Path second = dir.resolve("again.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "x^2 - y", "--lambda", "0.2", "--grid", "36",
                "--figure", "composite", "--size", "640x360", "--scale", "2",
                "--run", "optimizer=adam,lr=0.05,start=0.5,0.5,steps=12", "--out", first.toString()));
        assertEquals(0, SuperlevelCli.run("render", "--session", first.toString(), "--out", second.toString()));
        assertEquals(-1L, Files.mismatch(first, second));
        assertEquals(new FigureSpec(FigureKind.COMPOSITE, 640, 360, 2), SessionFile.figureFromPng(second).orElseThrow());
    }

    @Test
    void profileFigureIsTheProfileRendererOfTheSessionsLandscapeAndRerenders() throws IOException {
        Path first = dir.resolve("profile.png");
        Path second = dir.resolve("profile-again.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "himmelblau", "--grid", "65", "--figure", "profile",
                "--size", "480x300", "--out", first.toString()));
        assertEquals(new FigureSpec(FigureKind.PROFILE, 480, 300, 1), SessionFile.figureFromPng(first).orElseThrow());
        BufferedImage img = ImageIO.read(first.toFile());
        var scene = dev.superlevel.io.session.SessionScene.buildComposite(SessionFile.fromPng(first),
                dev.superlevel.core.Cancellation.NONE);
        BufferedImage direct = dev.superlevel.render.ProfileFigureRenderer.render(scene.landscape(), 480, 300, 1);
        assertEquals(Arrays.toString(direct.getRGB(0, 0, 480, 300, null, 0, 480)),
                Arrays.toString(img.getRGB(0, 0, 480, 300, null, 0, 480)));
        assertEquals(0, SuperlevelCli.run("render", "--session", first.toString(), "--out", second.toString()));
        assertEquals(-1L, Files.mismatch(first, second));
    }

    @Test
    void basinsFigureDrawsOnePanelPerRunAndKeepsItsSession() throws IOException {
        Path png = dir.resolve("basins.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "himmelblau", "--grid", "65", "--figure", "basins",
                "--lattice", "8", "--size", "640x360", "--run", "optimizer=gd,lr=0.01,steps=200",
                "--run", "optimizer=gd,lr=0.01,schedule=exp-norm,decay=0.01,steps=200", "--out", png.toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(new FigureSpec(FigureKind.BASINS, 640, 360, 1), SessionFile.figureFromPng(png).orElseThrow());
        assertEquals(2, SessionFile.fromPng(png).runs().size());
    }

    @Test
    void basinsFigureWithoutRunsIsBadInput() {
        CliRunner r = CliRunner.run("render", "--function", "himmelblau", "--grid", "33", "--figure", "basins",
                "--out", dir.resolve("x.png").toString());
        assertTrue(r.isBadInputWithOneLine(), r.toString());
    }

    @Test
    void theStyleIsTakenFromTheEmbeddedSession() throws IOException {
        Path dark = dir.resolve("dark.png");
        Path again = dir.resolve("again.png");
        Path light = dir.resolve("light.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "x*y", "--lambda", "0", "--grid", "32",
                "--figure", "composite", "--size", "400x240", "--style", "dark",
                "--run", "optimizer=gd,lr=0.1,start=1,0.5,steps=10", "--out", dark.toString()));
        assertEquals(FigureStyle.DARK, SessionFile.fromPng(dark).style());
        assertEquals(0, SuperlevelCli.run("render", "--session", dark.toString(), "--figure", "composite",
                "--size", "400x240", "--out", again.toString()));
        assertEquals(-1L, Files.mismatch(dark, again));
        assertEquals(0, SuperlevelCli.run("render", "--session", dark.toString(), "--figure", "composite",
                "--size", "400x240", "--style", "light", "--out", light.toString()));
        assertEquals(FigureStyle.LIGHT, SessionFile.fromPng(light).style());
        // the pixels changed, not only the embedded style: the corners are the figure's background,
        // #1E1F22 in the dark style and white in the light one
        BufferedImage darkImage = ImageIO.read(dark.toFile());
        BufferedImage lightImage = ImageIO.read(light.toFile());
        for (int[] corner : new int[][] {{0, 0}, {399, 0}, {0, 239}, {399, 239}}) {
            assertEquals(0xFF1E1F22, darkImage.getRGB(corner[0], corner[1]), "dark corner " + corner[0] + "," + corner[1]);
            assertEquals(0xFFFFFFFF, lightImage.getRGB(corner[0], corner[1]), "light corner " + corner[0] + "," + corner[1]);
        }
    }

    @Test
    void compositeFigureDecodesAtTheRequestedSize() throws IOException {
        Path png = dir.resolve("c.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "x^2 + y^2", "--lambda", "1", "--grid", "40",
                "--figure", "composite", "--size", "800x450", "--scale", "2",
                "--run", "optimizer=gd,lr=0.1,start=1,1,steps=15", "--out", png.toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(450, img.getHeight());
    }

    @Test
    void animationHasTheRequestedNumberOfFrames() throws IOException {
        Path gif = dir.resolve("a.gif");
        assertEquals(0, SuperlevelCli.run("render", "--function", "x^2 + y^2", "--lambda", "1", "--grid", "32",
                "--size", "200x160", "--run", "optimizer=gd,lr=0.1,start=1,1,steps=30", "--animate", gif.toString(),
                "--frames", "7", "--fps", "10"));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(7, reader.getNumImages(true));
            assertEquals(200, reader.getWidth(0));
            assertFalse(Arrays.equals(rgb(reader.read(0)), rgb(reader.read(6))), "the path moves between frames");
        }
    }

    @Test
    void sessionOptionsTakeTheSharedFunctionOptions() throws IOException {
        Path png = dir.resolve("p.png");
        assertEquals(0, SuperlevelCli.run("render", "--function", "rosenbrock", "--param", "b=50", "--lambda", "5",
                "--grid", "32", "--domain", "-1,1,-1,2", "--connectivity", "8", "--sublevel", "--size", "200x160",
                "--out", png.toString()));
        Session s = SessionFile.fromPng(png);
        assertEquals(50.0, s.function().parameters().get("b"));
        assertEquals(-1.0, s.domain().xmin());
        assertEquals(32, s.nx());
        assertEquals(Connectivity.EIGHT, s.connectivity());
        assertEquals(SetMode.SUBLEVEL, s.mode());
    }

    @Test
    void badInputIsOneStderrLineWithStatusTwo() {
        Path png = dir.resolve("e.png");
        CliRunner unknownFigure = CliRunner.run("render", "--function", "x", "--lambda", "0", "--figure", "pie",
                "--out", png.toString());
        assertTrue(unknownFigure.isBadInputWithOneLine(), unknownFigure.err());
        assertTrue(unknownFigure.err().contains("--figure"), unknownFigure.err());
        CliRunner badExpression = CliRunner.run("render", "--function", "x +* y", "--lambda", "0",
                "--out", png.toString());
        assertTrue(badExpression.isBadInputWithOneLine(), badExpression.err());
        assertTrue(badExpression.err().contains("column"), badExpression.err());
        CliRunner noOutput = CliRunner.run("render", "--function", "x", "--lambda", "0");
        assertTrue(noOutput.isBadInputWithOneLine(), noOutput.err());
        CliRunner noFrames = CliRunner.run("render", "--function", "x", "--lambda", "0", "--animate",
                dir.resolve("e.gif").toString(), "--frames", "0");
        assertTrue(noFrames.isBadInputWithOneLine(), noFrames.err());
        assertTrue(noFrames.err().contains("--frames"), noFrames.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void withoutALevelAnExpressionIsCutAtItsMedian() throws IOException {
        Path png = dir.resolve("m.png");
        // x on a 3 × 3 grid over [0, 4]: samples 0, 2, 4 in every row, median 2
        assertEquals(0, SuperlevelCli.run("render", "--function", "x", "--domain", "0,4,0,1", "--grid", "3",
                "--size", "200x160", "--out", png.toString()));
        assertEquals(2.0, SessionFile.fromPng(png).lambda());
    }

    @Test
    void rawDatasetFlagsAreRefusedWithWhatToDoInstead() throws IOException {
        Path csv = Files.writeString(dir.resolve("d.csv"), "x1,x2,label\n0,0,0\n1,1,1\n2,0,1\n");
        CliRunner result = CliRunner.run("render", "--dataset", csv.toString(), "--lambda", "0.5",
                "--out", dir.resolve("d.png").toString());
        assertTrue(result.isBadInputWithOneLine(), result.err());
        assertTrue(result.err().contains("render needs the data set as a function file"), result.err());
        assertFalse(Files.exists(dir.resolve("d.png")));
    }

    private static int[] rgb(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void badSizeExitsWithStatusTwoAndWritesNothing() {
        Path png = dir.resolve("bad.png");
        CliRunner result = CliRunner.run("render", "--function", "x", "--lambda", "0", "--size", "big",
                "--out", png.toString());
        assertTrue(result.isBadInputWithOneLine(), result.err());
        assertTrue(result.err().contains("--size"), result.err());
        assertFalse(Files.exists(png));
    }
}
