package dev.superlevel.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.session.EmbeddedSessions;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFunction;
import dev.superlevel.io.session.SessionRun;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The app's export writes the format of the chosen file's extension, each with its session. */
class ExportServiceFormatsTest {

    @TempDir
    Path dir;

    private static Session session() {
        SessionFunction f = new SessionFunction("saddle", "x^2 - y^2", Map.of());
        List<SessionRun> runs = List.of(SessionRun.of(
                RunConfigParser.parseSpec("optimizer=gd,lr=0.1,start=0.8,0.6,steps=10"), 0xFF00B4FF, "gd"));
        return Session.of(f, new Domain(-1, 1, -1, 1), 24, 24, 0.2, SetMode.SUPERLEVEL, Connectivity.CONTOUR,
                ColorScale.LINEAR, Colormap.VIRIDIS, runs, 10);
    }

    @Test
    void figuresAreSvgOrPdfByExtensionAndCarryTheSession() throws IOException {
        Session s = session();
        Path svg = dir.resolve("f.svg");
        Path pdf = dir.resolve("f.pdf");
        ExportService.exportFigure(s, FigureKind.COMPOSITE, 400, 240, svg, () -> false);
        ExportService.exportFigure(s, FigureKind.LANDSCAPE, 300, 240, pdf, () -> false);
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<svg"));
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals(s, EmbeddedSessions.read(svg));
        assertEquals(s, EmbeddedSessions.read(pdf));
        assertEquals(FigureKind.COMPOSITE, EmbeddedSessions.figure(svg).orElseThrow().kind());
    }

    @Test
    void animationIsMp4WithASidecarOrGifWithComments() throws IOException {
        Session s = session();
        Path mp4 = dir.resolve("a.mp4");
        Path gif = dir.resolve("a.gif");
        ExportService.exportAnimation(s, FigureKind.LANDSCAPE, 160, 120, 3, 10, mp4, () -> false, p -> { });
        ExportService.exportAnimation(s, FigureKind.LANDSCAPE, 160, 120, 3, 10, gif, () -> false, p -> { });
        assertTrue(Files.size(mp4) > 0);
        assertEquals(s, EmbeddedSessions.read(mp4));
        assertEquals(s, EmbeddedSessions.read(gif));
    }
}
