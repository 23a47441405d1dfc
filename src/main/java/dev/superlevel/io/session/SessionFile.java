package dev.superlevel.io.session;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.io.image.PngWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.superlevel.render.FigureSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Saves and loads {@link Session}s as versioned JSON, and reads the session embedded in an exported PNG.
 *
 * <p>Format (version {@value #VERSION}): an object with {@code format} = {@value #FORMAT}, {@code version},
 * {@code appVersion}, {@code function {name, source, parameters}}, {@code domain {xmin, xmax, ymin, ymax}},
 * {@code grid {nx, ny}}, {@code lambda}, {@code mode} (superlevel|sublevel), {@code connectivity}
 * (4|8|contour), {@code colorScale} (linear|log), {@code colormap} (viridis|magma), {@code style} (light|dark; optional, default light), {@code runs}
 * [{label, color "#RRGGBB", config {run keys of RunConfigParser → string values}}] and
 * {@code currentStep}, and optionally {@code paths} [absolute file names of recorded training paths] (issue 10;
 * absent when there are none, so older readers and sessions are unaffected). Loading validates every field and reports the first problem with its JSON path;
 * it returns a complete session or throws, never half a session. Saving is atomic. Thread-safe.
 */
public final class SessionFile {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "superlevel-session";
    /** Current format version. */
    public static final int VERSION = 1;
    /** Keyword of the PNG text chunk holding the session JSON. */
    public static final String PNG_KEY = "superlevel-session";
    /** Keyword of the PNG text chunk holding the figure kind, size and scale ({@link FigureSpec}) as JSON. */
    public static final String FIGURE_KEY = "superlevel-figure";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionFile() {
    }

    /** The session as pretty-printed JSON. */
    public static String toJson(Session session) {
        try {
            return MAPPER.writeValueAsString(SessionJson.toTree(session));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise session", e);
        }
    }

    /** Parses and validates session JSON; {@code sourceName} prefixes error messages. */
    public static Session fromJson(String json, String sourceName) throws SessionFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SessionFormatException(sourceName, "", "not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new SessionFormatException(sourceName, "", "is empty");
        }
        return new SessionReader(sourceName).read(root);
    }

    /** Writes the session JSON to {@code file} atomically (temporary file in the same folder, then move). */
    public static void save(Session session, Path file) throws IOException {
        AtomicFiles.writeText(file, toJson(session));
    }

    /** Reads and validates the session in {@code file}. */
    public static Session load(Path file) throws IOException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("cannot read " + file + ": no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SessionFormatException(file.toString(), "", "not a UTF-8 text file", e);
        }
        return fromJson(json, file.toString());
    }

    /** The session embedded in an exported PNG (text chunk {@value #PNG_KEY}). */
    public static Session fromPng(Path png) throws IOException {
        Map<String, String> text = PngWriter.readText(png);
        String json = text.get(PNG_KEY);
        if (json == null) {
            throw new SessionFormatException(png.toString(), "",
                    "the PNG carries no Superlevel session (no '" + PNG_KEY + "' text chunk)");
        }
        return fromJson(json, png + " [" + PNG_KEY + "]");
    }

    /**
     * The text chunks of an exported figure: the session, how the figure was drawn ({@value #FIGURE_KEY} →
     * {@code {"figure":…,"width":…,"height":…,"scale":…}}, plus for the 3-D figure {@code "surface":{"azimuth",
     * "elevation","zoom","exaggeration","logHeight","clipLow","clipHigh"}}) and Software; enough to redraw the same PNG.
     */
    public static Map<String, String> pngText(Session session, FigureSpec figure) {
        Map<String, String> text = pngText(session);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("figure", figure.kind().label());
        node.put("width", figure.width());
        node.put("height", figure.height());
        node.put("scale", figure.scale());
        if (figure.kind() == dev.superlevel.render.FigureKind.SURFACE) {
            // the 3-D camera and height settings, so 'render --session FILE.png' redraws the same view
            dev.superlevel.render.surface3d.SurfaceView v = figure.surface();
            ObjectNode s = node.putObject("surface");
            s.put("azimuth", v.azimuth());
            s.put("elevation", v.elevation());
            s.put("zoom", v.zoom());
            s.put("exaggeration", v.exaggeration());
            s.put("logHeight", v.logHeight());
            s.put("clipLow", v.clipLow());
            s.put("clipHigh", v.clipHigh());
        }
        text.put(FIGURE_KEY, node.toString());
        return text;
    }

    /** How the figure in {@code png} was drawn, if it records it (older exports and other PNGs do not). */
    public static Optional<FigureSpec> figureFromPng(Path png) throws IOException {
        String json = PngWriter.readText(png).get(FIGURE_KEY);
        if (json == null) {
            return Optional.empty();
        }
        String source = png + " [" + FIGURE_KEY + "]";
        try {
            return Optional.of(new SessionReader(source).figure(MAPPER.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new SessionFormatException(source, "", "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** The text chunks to embed a session in a PNG: {@value #PNG_KEY} → JSON, plus Software. */
    public static Map<String, String> pngText(Session session) {
        // ordered, so the same session always gives byte-identical files
        Map<String, String> text = new java.util.LinkedHashMap<>();
        text.put(PNG_KEY, toJson(session));
        text.put("Software", "Superlevel " + session.appVersion());
        return text;
    }

    /** This application's version (from the jar manifest), {@code dev} when run from classes. */
    public static String appVersion() {
        String v = SessionFile.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
