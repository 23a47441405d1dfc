package dev.superlevel.io.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superlevel.core.Limits;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.surface3d.SurfaceView;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a session JSON tree, validating every field in document order and stopping at the first problem
 * with its JSON path. Nothing is built until everything is valid. One instance per document.
 */
final class SessionReader {

    private final String source;

    SessionReader(String source) {
        this.source = source;
    }

    Session read(JsonNode root) throws SessionFormatException {
        requireObject(root, "");
        String format = text(root, "format");
        if (!SessionFile.FORMAT.equals(format)) {
            throw fail("format", "expected \"" + SessionFile.FORMAT + "\", got \"" + format + "\"");
        }
        int version = integer(root, "version", 1, Integer.MAX_VALUE);
        if (version > SessionFile.VERSION) {
            throw fail("version", version + " is newer than this application reads (" + SessionFile.VERSION + ")");
        }
        String appVersion = root.has("appVersion") ? text(root, "appVersion") : "";
        SessionFunction function = function(child(root, "function"));
        Domain domain = domain(child(root, "domain"));
        JsonNode grid = child(root, "grid");
        int nx = integer(grid, "grid.nx", 2, GridSpec.MAX_SIDE);
        int ny = integer(grid, "grid.ny", 2, GridSpec.MAX_SIDE);
        double lambda = number(root, "lambda");
        SetMode mode = parsed(root, "mode", t -> SetMode.valueOf(t.toUpperCase(Locale.ROOT)), "superlevel or sublevel");
        Connectivity connectivity = parsed(root, "connectivity", Connectivity::parse, "4, 8 or contour");
        ColorScale scale = parsed(root, "colorScale", ColorScale::parse, "linear or log");
        Colormap colormap = parsed(root, "colormap", Colormap::parse, "viridis or magma");
        // optional: sessions written before the style was recorded are light
        FigureStyle style = root.has("style") ? parsed(root, "style", FigureStyle::parse, "light or dark")
                : FigureStyle.LIGHT;
        List<SessionRun> runs = runs(root);
        int currentStep = integer(root, "currentStep", 0, Integer.MAX_VALUE);
        List<String> paths = paths(root);
        return new Session(version, appVersion, function, domain, nx, ny, lambda, mode, connectivity, scale,
                colormap, style, runs, currentStep, paths);
    }

    /** The figure chunk: {@code {"figure": "landscape"|"composite", "width", "height", "scale"}}. */
    FigureSpec figure(JsonNode root) throws SessionFormatException {
        requireObject(root, "");
        FigureKind kind = parsed(root, "figure", FigureKind::parse, "landscape, composite, profile, basins, surface or path-loss");
        int width = integer(root, "width", FigureSpec.MIN_SIDE, FigureSpec.MAX_SIDE);
        int height = integer(root, "height", FigureSpec.MIN_SIDE, FigureSpec.MAX_SIDE);
        double scale = number(root, "scale");
        SurfaceView surface = root.has("surface") ? surface(child(root, "surface")) : null;
        try {
            return new FigureSpec(kind, width, height, scale, surface);
        } catch (IllegalArgumentException e) {
            throw fail(String.valueOf(e.getMessage()).contains("scale") ? "scale" : "", e.getMessage());
        }
    }

    /** The 3-D camera and height settings of a surface figure; every field is required. */
    private SurfaceView surface(JsonNode node) throws SessionFormatException {
        double azimuth = number(node, "surface.azimuth");
        double elevation = number(node, "surface.elevation");
        double zoom = number(node, "surface.zoom");
        double exaggeration = number(node, "surface.exaggeration");
        JsonNode log = node.get("logHeight");
        if (log == null || !log.isBoolean()) {
            throw fail("surface.logHeight", log == null ? "is missing" : "must be true or false");
        }
        double clipLow = number(node, "surface.clipLow");
        double clipHigh = number(node, "surface.clipHigh");
        try {
            return new SurfaceView(azimuth, elevation, zoom, exaggeration, log.asBoolean(), clipLow, clipHigh);
        } catch (IllegalArgumentException e) {
            throw fail("surface", e.getMessage());
        }
    }

    private SessionFunction function(JsonNode node) throws SessionFormatException {
        String name = node.has("name") ? text(node, "function.name") : "";
        String src = text(node, "function.source");
        if (src.isBlank()) {
            throw fail("function.source", "must not be empty");
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (node.has("parameters")) {
            JsonNode p = child(node, "function.parameters");
            if (p.size() > Limits.MAX_PARAMETERS) {
                throw fail("function.parameters", p.size() + " parameters, more than the limit of "
                        + Limits.MAX_PARAMETERS);
            }
            for (Iterator<String> it = p.fieldNames(); it.hasNext();) {
                String key = it.next();
                parameters.put(key, number(p, "function.parameters." + key));
            }
        }
        return new SessionFunction(name, src, parameters);
    }

    private Domain domain(JsonNode node) throws SessionFormatException {
        double xmin = number(node, "domain.xmin");
        double xmax = number(node, "domain.xmax");
        double ymin = number(node, "domain.ymin");
        double ymax = number(node, "domain.ymax");
        try {
            return new Domain(xmin, xmax, ymin, ymax);
        } catch (IllegalArgumentException e) {
            throw fail("domain", e.getMessage());
        }
    }

    private List<SessionRun> runs(JsonNode root) throws SessionFormatException {
        List<SessionRun> runs = new ArrayList<>();
        if (!root.has("runs")) {
            return runs;
        }
        JsonNode array = root.get("runs");
        if (!array.isArray()) {
            throw fail("runs", "must be a list");
        }
        if (array.size() > Limits.MAX_RUNS) {
            throw fail("runs", array.size() + " runs, more than the limit of " + Limits.MAX_RUNS);
        }
        long totalSteps = 0;
        for (int i = 0; i < array.size(); i++) {
            SessionRun run = run(array.get(i), "runs[" + i + "]");
            totalSteps += run.toRunConfig().steps();
            if (totalSteps > Limits.MAX_TOTAL_STEPS) {
                throw fail("runs[" + i + "].config.steps", "the runs take " + totalSteps
                        + " steps in all so far, more than the limit of " + Limits.MAX_TOTAL_STEPS);
            }
            runs.add(run);
        }
        return runs;
    }

    /** The optional {@code paths}: a list of non-empty file names (sessions before issue 10 have none). */
    private List<String> paths(JsonNode root) throws SessionFormatException {
        List<String> paths = new ArrayList<>();
        if (!root.has("paths")) {
            return paths;
        }
        JsonNode array = root.get("paths");
        if (!array.isArray()) {
            throw fail("paths", "must be a list of file names");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            if (!p.isTextual() || p.asText().isBlank()) {
                throw fail("paths[" + i + "]", "must be a non-empty file name");
            }
            paths.add(p.asText());
        }
        return paths;
    }

    private SessionRun run(JsonNode node, String path) throws SessionFormatException {
        requireObject(node, path);
        String label = node.has("label") ? text(node, path + ".label") : "";
        int argb = colour(text(node, path + ".color"), path + ".color");
        boolean visible = true;  // optional: sessions before it had no hidden runs
        if (node.has("visible")) {
            if (!node.get("visible").isBoolean()) {
                throw fail(path + ".visible", "must be true or false");
            }
            visible = node.get("visible").asBoolean();
        }
        JsonNode configNode = child(node, path + ".config");
        Map<String, String> config = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = configNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw fail(path + ".config." + e.getKey(), "must be a string or number");
            }
            config.put(e.getKey(), e.getValue().asText());
        }
        try {
            RunConfigParser.parse(config);
        } catch (IllegalArgumentException e) {
            throw runProblem(path + ".config", e.getMessage());
        }
        return new SessionRun(config, argb, label, visible);
    }

    /** Turns "lr must be ≥ 0, got -1" into path "runs[1].config.lr", problem "must be ≥ 0, got -1". */
    private SessionFormatException runProblem(String path, String message) {
        String best = "";
        for (String key : RunConfigParser.KEYS) {
            if (message.startsWith(key + " ") && key.length() > best.length()) {
                best = key;
            }
        }
        if (best.isEmpty()) {
            return fail(path, message);
        }
        String rest = message.substring(best.length() + 1);
        if (rest.startsWith("x ") || rest.startsWith("y ")) {
            rest = rest.substring(2);
        }
        return fail(path + "." + best, rest);
    }

    private int colour(String text, String path) throws SessionFormatException {
        if (!text.matches("#[0-9a-fA-F]{6}")) {
            throw fail(path, "expected a colour like #D55E00, got \"" + text + "\"");
        }
        return 0xFF000000 | Integer.parseInt(text.substring(1), 16);
    }

    private <T> T parsed(JsonNode node, String key, Function<String, T> parser, String expected)
            throws SessionFormatException {
        String t = text(node, key);
        try {
            return parser.apply(t);
        } catch (IllegalArgumentException e) {
            throw fail(key, "expected " + expected + ", got \"" + t + "\"");
        }
    }

    private JsonNode child(JsonNode node, String path) throws SessionFormatException {
        JsonNode c = node.get(leaf(path));
        if (c == null) {
            throw fail(path, "is missing");
        }
        requireObject(c, path);
        return c;
    }

    private void requireObject(JsonNode node, String path) throws SessionFormatException {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be a JSON object");
        }
    }

    private String text(JsonNode node, String path) throws SessionFormatException {
        JsonNode v = node.get(leaf(path));
        if (v == null) {
            throw fail(path, "is missing");
        }
        if (!v.isTextual()) {
            throw fail(path, "must be a string");
        }
        return v.asText();
    }

    private double number(JsonNode node, String path) throws SessionFormatException {
        JsonNode v = node.get(leaf(path));
        if (v == null) {
            throw fail(path, "is missing");
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw fail(path, "must be a finite number");
        }
        return v.asDouble();
    }

    private int integer(JsonNode node, String path, int min, int max) throws SessionFormatException {
        JsonNode v = node.get(leaf(path));
        if (v == null) {
            throw fail(path, "is missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw fail(path, "must be a whole number from " + min + " to " + max + ", got " + v);
        }
        return v.asInt();
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private SessionFormatException fail(String path, String problem) {
        return new SessionFormatException(source, path, problem);
    }
}
