package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.session.EmbeddedSessions;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code render} to SVG, PDF and MP4, and {@code render --session} on every kind of exported file. */
class RenderFormatsTest {

    private static final String[] FIGURE = {"--function", "x^2 - y^2", "--lambda", "0.25", "--grid", "24",
        "--figure", "composite", "--size", "400x240", "--run", "optimizer=gd,lr=0.1,start=0.8,0.6,steps=12"};

    @TempDir
    Path dir;

    private static String[] with(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Path reference() {
        Path png = dir.resolve("reference.png");
        assertEquals(0, SuperlevelCli.run(with(with(new String[] {"render"}, FIGURE), "--out", png.toString())));
        return png;
    }

    /** The PNG that {@code render --session FILE} draws, with no other figure flag. */
    private Path rerendered(Path file, String name) {
        Path png = dir.resolve(name);
        assertEquals(0, SuperlevelCli.run("render", "--session", file.toString(), "--out", png.toString()));
        return png;
    }

    @Test
    void svgHasTickLabelsAsTextAnEmbeddedHeatMapAndRedrawsTheSameFigure() throws Exception {
        Path svg = dir.resolve("f.svg");
        assertEquals(0, SuperlevelCli.run(with(with(new String[] {"render"}, FIGURE), "--out", svg.toString())));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertTrue(labels.contains("x") && labels.contains("y"), "axis names as text: " + labels);
        assertTrue(labels.stream().anyMatch(s -> s.startsWith("L(x, y) = x^2 - y^2")), labels.toString());
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength() >= 1);
        assertEquals(-1L, Files.mismatch(reference(), rerendered(svg, "from-svg.png")));
    }

    @Test
    void pdfRoundTripsItsSessionAndFigure() throws IOException {
        Path pdf = dir.resolve("f.pdf");
        assertEquals(0, SuperlevelCli.run(with(with(new String[] {"render"}, FIGURE), "--out", pdf.toString())));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-"));
        Session s = EmbeddedSessions.read(pdf);
        assertEquals("x^2 - y^2", s.function().source());
        assertEquals(-1L, Files.mismatch(reference(), rerendered(pdf, "from-pdf.png")));
    }

    @Test
    void gifAndMp4SidecarRedrawTheSameFigure() throws Exception {
        Path gif = dir.resolve("a.gif");
        Path mp4 = dir.resolve("a.mp4");
        assertEquals(0, SuperlevelCli.run(with(with(new String[] {"render"}, FIGURE), "--animate", gif.toString(),
                "--frames", "4")));
        assertEquals(0, SuperlevelCli.run(with(with(new String[] {"render"}, FIGURE), "--animate", mp4.toString(),
                "--frames", "5", "--fps", "10")));
        assertTrue(Files.exists(dir.resolve("a.mp4.json")), "the video's session sidecar");
        try (SeekableByteChannel in = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(in);
            assertEquals(5, grab.getVideoTrack().getMeta().getTotalFrames());
            assertEquals(0.5, grab.getVideoTrack().getMeta().getTotalDuration(), 1e-9);
        }
        Path reference = reference();
        assertEquals(-1L, Files.mismatch(reference, rerendered(gif, "from-gif.png")));
        Path fromMp4 = dir.resolve("from-mp4.png");
        assertEquals(0, SuperlevelCli.run("render", "--session", mp4.toString(), "--figure", "composite", "--size",
                "400x240", "--out", fromMp4.toString()));
        assertEquals(-1L, Files.mismatch(reference, fromMp4));
        assertEquals(SessionFile.toJson(EmbeddedSessions.read(gif)), SessionFile.toJson(EmbeddedSessions.read(mp4)));
    }

    @Test
    void unknownExtensionsAreBadInputNamingTheFormats() {
        Path svgz = dir.resolve("f.svgz");
        CliRunner figure = CliRunner.run("render", "--function", "x", "--lambda", "0", "--out", svgz.toString());
        assertTrue(figure.isBadInputWithOneLine(), figure.err());
        assertTrue(figure.err().contains(".png, .svg or .pdf"), figure.err());
        CliRunner video = CliRunner.run("render", "--function", "x", "--lambda", "0", "--animate",
                dir.resolve("a.avi").toString());
        assertTrue(video.isBadInputWithOneLine(), video.err());
        assertTrue(video.err().contains(".gif or .mp4"), video.err());
        assertFalse(Files.exists(svgz));
        CliRunner noSidecar = CliRunner.run("render", "--session", dir.resolve("gone.mp4").toString(), "--out",
                dir.resolve("x.png").toString());
        assertTrue(noSidecar.isBadInputWithOneLine(), noSidecar.err());
        assertTrue(noSidecar.err().contains("gone.mp4.json"), noSidecar.err());
    }
}
