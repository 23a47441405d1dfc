package dev.superlevel.io.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.image.PngWriter;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.FigureStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class SessionFileTest {

    @TempDir
    Path dir;

    static Session sample() {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("a", 1.0);
        params.put("b", 100.0);
        SessionFunction f = new SessionFunction("rosenbrock", "(a - x)^2 + b*(y - x^2)^2", params);
        List<SessionRun> runs = List.of(
                SessionRun.of(RunConfigParser.parseSpec("optimizer=adam,lr=0.05,start=-1.5,2,steps=300"),
                        0xFFD55E00, "adam"),
                SessionRun.of(RunConfigParser.parseSpec("optimizer=gd,lr=0.001,schedule=exponential,decay=0.01"),
                        0xFF56B4E9, "gd exp"));
        return Session.of(f, new Domain(-2, 2, -1, 3), 512, 384, 1.5, SetMode.SUPERLEVEL, Connectivity.CONTOUR,
                ColorScale.LOG, Colormap.VIRIDIS, runs, 120);
    }

    @Test
    void sessionSurvivesJsonRoundTrip() throws IOException {
        Session s = sample();
        assertEquals(s, SessionFile.fromJson(SessionFile.toJson(s), "test"));
    }

    @Test
    void darkStyleSurvivesJsonRoundTrip() throws IOException {
        Session dark = sample().withStyle(FigureStyle.DARK);
        Session back = SessionFile.fromJson(SessionFile.toJson(dark), "test");
        assertEquals(FigureStyle.DARK, back.style());
        assertEquals(dark, back);
    }

    @Test
    void sessionWithoutStyleIsLight() throws IOException {
        String json = SessionFile.toJson(sample().withStyle(FigureStyle.DARK)).replace("\"style\" : \"dark\",", "");
        assertFalse(json.contains("style"), json);
        assertEquals(FigureStyle.LIGHT, SessionFile.fromJson(json, "old.json").style());
    }

    @Test
    void unknownStyleIsReportedWithTheExpectedValues() {
        String json = SessionFile.toJson(sample()).replace("\"style\" : \"light\"", "\"style\" : \"neon\"");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("v.json: style: expected light or dark, got \"neon\"", e.getMessage());
    }

    @Test
    void savedFileLoadsBackEqual() throws IOException {
        Path file = dir.resolve("view.json");
        SessionFile.save(sample(), file);
        assertEquals(sample(), SessionFile.load(file));
    }

    @Test
    void runConfigurationsRebuildTheSameRuns() throws IOException {
        Session back = SessionFile.fromJson(SessionFile.toJson(sample()), "test");
        assertEquals(RunConfigParser.parseSpec("optimizer=adam,lr=0.05,start=-1.5,2,steps=300"),
                back.runs().get(0).toRunConfig());
    }

    @Test
    void pngCarriesTheSameConfiguration() throws IOException {
        Path png = dir.resolve("figure.png");
        PngWriter.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), png, SessionFile.pngText(sample()));
        assertEquals(sample(), SessionFile.fromPng(png));
    }

    @Test
    void pngCarriesHowTheFigureWasDrawn() throws IOException {
        Path png = dir.resolve("figure.png");
        FigureSpec spec = new FigureSpec(FigureKind.COMPOSITE, 1600, 900, 2);
        PngWriter.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), png, SessionFile.pngText(sample(), spec));
        assertEquals(spec, SessionFile.figureFromPng(png).orElseThrow());
        assertEquals(sample(), SessionFile.fromPng(png));
    }

    @Test
    void pngWithoutFigureRecordHasNone() throws IOException {
        Path png = dir.resolve("old.png");
        PngWriter.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), png, SessionFile.pngText(sample()));
        assertTrue(SessionFile.figureFromPng(png).isEmpty());
    }

    @Test
    void badFigureRecordIsReportedWithItsField() throws IOException {
        Path png = dir.resolve("bad.png");
        PngWriter.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), png, Map.of(SessionFile.FIGURE_KEY,
                "{\"figure\":\"composite\",\"width\":10,\"height\":900,\"scale\":1}"));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.figureFromPng(png));
        assertEquals(png + " [superlevel-figure]: width: must be a whole number from 64 to 16384, got 10",
                e.getMessage());
    }

    @Test
    void pngWithoutProvenanceIsReportedClearly() throws IOException {
        Path png = dir.resolve("plain.png");
        PngWriter.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), png, Map.of());
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromPng(png));
        assertEquals(png + ": the PNG carries no Superlevel session (no 'superlevel-session' text chunk)",
                e.getMessage());
    }

    @Test
    void badRunValueIsReportedWithItsPath() {
        String json = SessionFile.toJson(sample()).replace("\"lr\" : \"0.001\"", "\"lr\" : \"-1\"");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("runs[1].config.lr", e.path());
        assertTrue(e.getMessage().startsWith("v.json: runs[1].config.lr: must be"), e.getMessage());
    }

    @Test
    void missingFieldIsReportedWithItsPath() {
        String json = SessionFile.toJson(sample()).replace("\"ny\" : 384", "\"nz\" : 384");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("v.json: grid.ny: is missing", e.getMessage());
    }

    @Test
    void unknownModeIsReportedWithTheExpectedValues() {
        String json = SessionFile.toJson(sample()).replace("\"superlevel\",", "\"upper\",");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("v.json: mode: expected superlevel or sublevel, got \"upper\"", e.getMessage());
    }

    @Test
    void invertedDomainIsRejected() {
        String json = SessionFile.toJson(sample()).replace("\"xmax\" : 2.0", "\"xmax\" : -3.0");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("domain", e.path());
    }

    @Test
    void truncatedFileIsReportedAsInvalidJson() throws IOException {
        String json = SessionFile.toJson(sample());
        Path file = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.length() / 2));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.load(file));
        // the message names the JSON path where the text stops, then the line and column
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(": not valid JSON (line "), e.getMessage());
    }

    @Test
    void newerVersionIsRefused() {
        String json = SessionFile.toJson(sample()).replace("\"version\" : 1", "\"version\" : 7");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json"));
        assertEquals("v.json: version: 7 is newer than this application reads (1)", e.getMessage());
    }

    @Test
    void emptyFileIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.load(file));
        assertEquals(file + ": is empty", e.getMessage());
    }

    @Test
    void failedSaveLeavesNoFile() {
        Path file = dir.resolve("missing").resolve("view.json");
        assertThrows(IOException.class, () -> SessionFile.save(sample(), file));
        assertFalse(Files.exists(file));
    }
}
