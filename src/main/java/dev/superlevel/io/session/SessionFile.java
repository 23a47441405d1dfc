package dev.superlevel.io.session;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.superlevel.core.Limits;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.io.InputFileException;
import dev.superlevel.io.InputFiles;
import dev.superlevel.io.image.PngTextReader;
import dev.superlevel.render.FigureSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saves and loads {@link Session}s as versioned JSON, and reads the session embedded in an exported PNG.
 *
 * <p>Format (version {@value #VERSION}): an object with {@code format} = {@value #FORMAT}, {@code version},
 * {@code appVersion}, {@code function {name, source, parameters}}, {@code domain {xmin, xmax, ymin, ymax}},
 * {@code grid {nx, ny}}, {@code lambda}, {@code mode} (superlevel|sublevel), {@code connectivity}
 * (4|8|contour), {@code colorScale} (linear|log), {@code colormap} (viridis|magma), {@code style} (light|dark; optional, default light), {@code runs}
 * [{label, color "#RRGGBB", optional visible (default true; written only as false, for a hidden run),
 * config {run keys of RunConfigParser → string values}}] and
 * {@code currentStep}, and optionally {@code paths} [absolute file names of recorded training paths] (issue 10;
 * absent when there are none, so older readers and sessions are unaffected). Loading validates every field and reports the first problem with its JSON path;
 * it returns a complete session or throws, never half a session. Reading is bounded by {@link Limits}:
 * the file (a regular file, {@link InputFiles}), the JSON nesting depth, number and string lengths, the
 * parameters and the runs; every limit is reported as a {@link SessionFormatException} naming the source
 * and the JSON path. Saving is atomic. Thread-safe.
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

    /** Reads within {@link Limits}: a hostile document fails fast with a message, never a deep stack or a huge buffer. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_JSON_DEPTH)
                    .maxNumberLength(Limits.MAX_JSON_NUMBER_LENGTH)
                    .maxStringLength(Limits.MAX_JSON_STRING_LENGTH)
                    .maxDocumentLength(Limits.MAX_SESSION_FILE_BYTES)
                    .build())
            .build()).enable(SerializationFeature.INDENT_OUTPUT);

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
        JsonNode root = parse(json, sourceName);
        if (root == null || root.isMissingNode()) {
            throw new SessionFormatException(sourceName, "", "is empty");
        }
        return new SessionReader(sourceName).read(root);
    }

    /**
     * Parses JSON within the {@link Limits}; a syntax error or a limit names the JSON path where the
     * parser stopped and, where known, the line and column.
     */
    private static JsonNode parse(String json, String sourceName) throws SessionFormatException {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            try {
                return MAPPER.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw new SessionFormatException(sourceName, JsonLimits.path(parser.getParsingContext()),
                        JsonLimits.describe(e), e);
            } catch (JsonProcessingException e) {
                throw new SessionFormatException(sourceName, JsonLimits.path(parser.getParsingContext()),
                        "not valid JSON (" + JsonLimits.where(e) + e.getOriginalMessage() + ")", e);
            }
        } catch (SessionFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new SessionFormatException(sourceName, "", "not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the session JSON to {@code file} atomically (temporary file in the same folder, then move). */
    public static void save(Session session, Path file) throws IOException {
        AtomicFiles.writeText(file, toJson(session));
    }

    /** Reads and validates the session in {@code file}. */
    public static Session load(Path file) throws IOException {
        String json;
        try {
            json = InputFiles.readText(file, Limits.MAX_SESSION_FILE_BYTES, "session file");
        } catch (InputFileException e) {
            throw new SessionFormatException(file.toString(), "", e.problem(), e);
        }
        return fromJson(json, file.toString());
    }

    /**
     * The session in {@code file}: embedded in an exported PNG when the name ends in {@code .png} (any case),
     * else session JSON. The one loader behind the app's Open session, Open recent and drag-and-drop and
     * the CLI's {@code render --session}.
     */
    public static Session loadAny(Path file) throws IOException {
        return isPng(file) ? fromPng(file) : load(file);
    }

    /** Whether {@code file} is named as a PNG ({@code .png}, any case): the test {@link #loadAny} makes. */
    public static boolean isPng(Path file) {
        return file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png");
    }

    /** The session embedded in an exported PNG (text chunk {@value #PNG_KEY}). */
    public static Session fromPng(Path png) throws IOException {
        return readPng(png).session();
    }

    /**
     * The session and the figure recorded in an exported PNG, read in one pass over the file that
     * skips every other chunk ({@link PngTextReader}).
     *
     * @throws SessionFormatException the PNG carries no session, or a chunk is invalid (source and JSON path)
     * @throws IOException the file is not a readable PNG or not a regular file within the limits
     */
    public static SessionPng readPng(Path png) throws IOException {
        Map<String, String> text;
        try {
            text = PngTextReader.read(png, Set.of(PNG_KEY, FIGURE_KEY));
        } catch (InputFileException e) {
            throw new SessionFormatException(png.toString(), "", e.problem(), e);
        }
        String json = text.get(PNG_KEY);
        if (json == null) {
            throw new SessionFormatException(png.toString(), "",
                    "the PNG carries no Superlevel session (no '" + PNG_KEY + "' text chunk)");
        }
        Session session = fromJson(json, png + " [" + PNG_KEY + "]");
        String figure = text.get(FIGURE_KEY);
        return new SessionPng(session, figure == null ? Optional.empty()
                : Optional.of(figure(figure, png + " [" + FIGURE_KEY + "]")));
    }

    /** What an exported PNG records: the session, and how the figure was drawn if it says. */
    public record SessionPng(Session session, Optional<FigureSpec> figure) {
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
        String json;
        try {
            json = PngTextReader.read(png, Set.of(FIGURE_KEY)).get(FIGURE_KEY);
        } catch (InputFileException e) {
            throw new SessionFormatException(png.toString(), "", e.problem(), e);
        }
        return json == null ? Optional.empty() : Optional.of(figure(json, png + " [" + FIGURE_KEY + "]"));
    }

    private static FigureSpec figure(String json, String source) throws SessionFormatException {
        return new SessionReader(source).figure(parse(json, source));
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
