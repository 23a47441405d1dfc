package dev.superlevel.io.function;
import dev.superlevel.core.Limits;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.expr.ParseException;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.text.EditDistance;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.InputFileException;
import dev.superlevel.io.InputFiles;
import dev.superlevel.io.dataset.DatasetKeyException;
import dev.superlevel.io.dataset.DatasetLossSpec;
import dev.superlevel.io.dataset.FunctionDataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line parser behind {@link FunctionFile}; one instance parses one text. Not thread-safe. */
final class FunctionFileParser {

    /** The keys of a data-set function ({@link DatasetLossSpec#KEYS}, in documentation order). */
    static final List<String> DATASET_KEYS = List.of("dataset", "model", "bias", "class-weights", "reg",
            "reg-lambda", "mlp-activation", "mlp-hidden", "mlp-steps", "mlp-optimizer", "mlp-lr", "mlp-seed");
    static final List<String> KEYS = concat(List.of("title", "expression", "param", "domain", "start", "lambda",
            "mode", "scale", "minimum", "maximum", "description"), DATASET_KEYS);
    private static final Set<String> REPEATABLE = Set.of("param", "minimum", "maximum", "description");
    private static final Set<String> RESERVED = Set.of("x", "y", "pi", "e");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern PARAM = Pattern.compile(
            "param\\s+(\\S+)\\s*=\\s*(\\S+)\\s+in\\s*\\[([^,\\]]*),([^\\]]*)]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final String origin;
    private final Path baseDir;
    private final String resourceFolder;
    private int firstParameterLine;
    private final Map<String, Integer> seenOnce = new HashMap<>();
    private final Map<String, String> single = new HashMap<>();
    private final List<ParameterSpec> parameters = new ArrayList<>();
    private final List<KnownPoint> minima = new ArrayList<>();
    private final List<KnownPoint> maxima = new ArrayList<>();
    private final StringBuilder description = new StringBuilder();

    /**
     * @param baseDir the folder a relative {@code dataset} path is resolved against (null: the working
     *     directory), ignored when {@code resourceFolder} is given
     * @param resourceFolder the class-path folder the text was read from (bundled samples, e.g.
     *     {@code /sample-functions/}): a relative {@code dataset} is then a resource there; else null
     */
    FunctionFileParser(String name, String origin, Path baseDir, String resourceFolder) {
        this.name = name;
        this.origin = origin;
        this.baseDir = baseDir;
        this.resourceFolder = resourceFolder;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    FunctionDefinition parse(String text) {
        // a byte-order mark (Windows editors write one) is not part of the first key
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
        for (int k = 0; k < lines.length; k++) {
            parseLine(lines[k], k + 1);
        }
        return build();
    }

    private void parseLine(String raw, int line) {
        int hash = raw.indexOf('#');
        String content = (hash < 0 ? raw : raw.substring(0, hash)).strip();
        String comment = hash < 0 ? "" : raw.substring(hash + 1).strip();
        if (content.isEmpty()) {
            return;
        }
        if (content.startsWith("param") && content.length() > 5 && Character.isWhitespace(content.charAt(5))) {
            if (parameters.size() >= Limits.MAX_PARAMETERS) {
                throw error(line, "more than " + Limits.MAX_PARAMETERS + " parameters (the limit)");
            }
            parameters.add(parseParameter(content, line));
            firstParameterLine = firstParameterLine == 0 ? line : firstParameterLine;
            return;
        }
        int eq = content.indexOf('=');
        if (eq < 0) {
            throw error(line, "expected 'key = value', got '" + content + "'");
        }
        String key = content.substring(0, eq).strip();
        String value = content.substring(eq + 1).strip();
        checkKey(key, line);
        if (value.isEmpty()) {
            throw error(line, "'" + key + "' has no value");
        }
        store(key, value, comment, line);
    }

    private void checkKey(String key, int line) {
        if (!KEY.matcher(key).matches() || !KEYS.contains(key)) {
            String hint = closestKey(key).map(k -> " (did you mean '" + k + "'?)").orElse("");
            throw error(line, "unknown key '" + key + "'" + hint + "; known keys: " + String.join(", ", KEYS));
        }
        if (!REPEATABLE.contains(key)) {
            Integer previous = seenOnce.putIfAbsent(key, line);
            if (previous != null) {
                throw error(line, "'" + key + "' is given twice (first on line " + previous + ")");
            }
        }
    }

    private void store(String key, String value, String comment, int line) {
        switch (key) {
            case "minimum" -> minima.add(parsePoint(key, value, comment, line));
            case "maximum" -> maxima.add(parsePoint(key, value, comment, line));
            case "description" -> description.append(description.length() == 0 ? "" : " ").append(value);
            case "param" -> throw error(line, "a parameter is written 'param NAME = DEFAULT in [MIN, MAX]'");
            default -> {
                single.put(key, value);
                validateSingle(key, value, line);
            }
        }
    }

    /** Validates a single-valued key on its own line, so the error names that line. */
    private void validateSingle(String key, String value, int line) {
        switch (key) {
            case "domain" -> parseDomain(value, line);
            case "start" -> numbers(key, value, 2, line);
            case "lambda" -> number(key, value, line);
            case "mode" -> parseMode(value, line);
            case "scale" -> wrap(line, () -> ScaleHint.parse(value));
            default -> {
                // title and expression are free text; the expression is checked by its compiler
            }
        }
    }

    private ParameterSpec parseParameter(String content, int line) {
        Matcher m = PARAM.matcher(content);
        if (!m.matches()) {
            throw error(line, "a parameter is written 'param NAME = DEFAULT in [MIN, MAX]', got '" + content + "'");
        }
        String paramName = m.group(1);
        if (!IDENTIFIER.matcher(paramName).matches()) {
            throw error(line, "parameter name '" + paramName + "' is not an identifier");
        }
        if (RESERVED.contains(paramName)) {
            throw error(line, "parameter name '" + paramName + "' is reserved (x, y, pi and e are built in)");
        }
        for (ParameterSpec p : parameters) {
            if (p.name().equals(paramName)) {
                throw error(line, "parameter '" + paramName + "' is declared twice");
            }
        }
        double def = number("param " + paramName, m.group(2), line);
        double min = number("param " + paramName + " minimum", m.group(3), line);
        double max = number("param " + paramName + " maximum", m.group(4), line);
        return wrap(line, () -> new ParameterSpec(paramName, def, min, max));
    }

    private KnownPoint parsePoint(String key, String value, String comment, int line) {
        String[] parts = split(key, value, 3, line);
        if (comment.isEmpty()) {
            throw error(line, key + " needs its source as a comment: '" + key + " = x, y, value  # source'");
        }
        double[] v = numbers(key, value, 3, line);
        double coordinateResolution = Math.max(DecimalLiteral.resolution(parts[0]),
                DecimalLiteral.resolution(parts[1]));
        return new KnownPoint(v[0], v[1], v[2], comment, coordinateResolution,
                DecimalLiteral.resolution(parts[2]));
    }

    private Domain parseDomain(String value, int line) {
        double[] v = numbers("domain", value, 4, line);
        return wrap(line, () -> new Domain(v[0], v[1], v[2], v[3]));
    }

    private SetMode parseMode(String value, int line) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "superlevel" -> SetMode.SUPERLEVEL;
            case "sublevel" -> SetMode.SUBLEVEL;
            default -> throw error(line, "mode must be superlevel or sublevel, got '" + value + "'");
        };
    }

    private FunctionDefinition build() {
        Optional<FunctionDataset> dataset = checkKind();
        if (dataset.isEmpty()) {
            for (String required : List.of("title", "domain")) {
                if (!single.containsKey(required)) {
                    throw error(0, "missing required key '" + required + "'");
                }
            }
            checkExpression();
        }
        Domain domain = single.containsKey("domain") ? parseDomain(single.get("domain"), lineOf("domain"))
                : dataset.orElseThrow().spec().defaultDomain();
        String title = single.getOrDefault("title", dataset.map(FunctionDataset::formula).orElse(name));
        Optional<PlanePoint> start = Optional.ofNullable(single.get("start"))
                .map(value -> parseStart(value, lineOf("start")));
        start.ifPresent(p -> checkInside(p, domain));
        OptionalDouble lambda = single.containsKey("lambda")
                ? OptionalDouble.of(number("lambda", single.get("lambda"), lineOf("lambda")))
                : OptionalDouble.empty();
        SetMode mode = single.containsKey("mode") ? parseMode(single.get("mode"), lineOf("mode"))
                : SetMode.SUPERLEVEL;
        ScaleHint scale = single.containsKey("scale") ? ScaleHint.parse(single.get("scale")) : ScaleHint.LINEAR;
        return new FunctionDefinition(name, title, single.getOrDefault("expression", ""), parameters, domain,
                start, lambda, mode, scale, minima, maxima, description.toString(), dataset);
    }

    /**
     * Checks that exactly one of {@code expression} and {@code dataset} is given, and that the other
     * kind's keys are absent; returns the data set, if that is the kind.
     */
    private Optional<FunctionDataset> checkKind() {
        Integer expressionLine = seenOnce.get("expression");
        Integer datasetLine = seenOnce.get("dataset");
        if (expressionLine != null && datasetLine != null) {
            throw error(Math.max(expressionLine, datasetLine), "give either 'expression' or 'dataset', not both (expression on line " + expressionLine
                    + ", dataset on line " + datasetLine + ")");
        }
        if (expressionLine == null && datasetLine == null) {
            throw error(0, "missing required key 'expression' (or 'dataset' for a loss on a data set)");
        }
        if (expressionLine != null) {
            for (String key : DATASET_KEYS) {
                if (seenOnce.containsKey(key)) {
                    throw error(seenOnce.get(key), "'" + key + "' belongs to a data-set function, but this one has an 'expression'");
                }
            }
            return Optional.empty();
        }
        if (firstParameterLine > 0) {
            throw error(firstParameterLine, "a data-set function has no parameters (param is for expressions)");
        }
        return Optional.of(dataset());
    }

    /** The data-set keys as a {@link DatasetLossSpec}; a bad value is reported on its key's line. */
    private FunctionDataset dataset() {
        Map<String, String> keys = new LinkedHashMap<>();
        DATASET_KEYS.stream().filter(single::containsKey).forEach(k -> keys.put(k, single.get(k)));
        int datasetLine = lineOf("dataset");
        DatasetLossSpec spec;
        try {
            spec = DatasetLossSpec.fromKeys(keys, resourceFolder == null ? baseDir : null);
        } catch (DatasetKeyException e) {
            throw error(seenOnce.getOrDefault(e.key(), datasetLine), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw error(datasetLine, e.getMessage());
        }
        Path csv = spec.dataset();
        if (resourceFolder != null && !csv.isAbsolute()) {
            String resource = resourceFolder + csv.toString().replace('\\', '/');
            if (!FunctionDataset.resourceExists(resource)) {
                throw error(datasetLine, "dataset: no bundled data set " + resource);
            }
            return new FunctionDataset(spec, Optional.of(resource));
        }
        if (!Files.exists(csv)) {
            boolean relative = !Path.of(single.get("dataset").strip()).isAbsolute();
            throw error(datasetLine, "dataset: no such file '" + csv + "'" + (!relative || baseDir == null ? ""
                    : " (a relative path is taken from the function file's folder)"));
        }
        try {
            InputFiles.checkRegular(csv, Limits.MAX_DATASET_FILE_BYTES, "data set");
        } catch (InputFileException e) {
            throw error(datasetLine, "dataset: '" + csv + "' " + e.problem());
        }
        return new FunctionDataset(spec, Optional.empty());
    }

    /** Compiles the expression with the declared parameters so a typo is reported on its own line. */
    private void checkExpression() {
        Map<String, Double> defaults = new LinkedHashMap<>();
        parameters.forEach(p -> defaults.put(p.name(), p.defaultValue()));
        try {
            ExpressionCompiler.compile(single.get("expression"), defaults);
        } catch (ParseException e) {
            throw error(lineOf("expression"), "expression: " + e.getMessage());
        }
    }

    private PlanePoint parseStart(String value, int line) {
        double[] v = numbers("start", value, 2, line);
        return new PlanePoint(v[0], v[1]);
    }

    private void checkInside(PlanePoint p, Domain d) {
        if (!d.contains(p.x(), p.y())) {
            throw error(0, "start (" + p.x() + ", " + p.y() + ") lies outside the domain");
        }
    }

    private double[] numbers(String key, String value, int count, int line) {
        String[] parts = split(key, value, count, line);
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            v[k] = number(key, parts[k], line);
        }
        return v;
    }

    private String[] split(String key, String value, int count, int line) {
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            throw error(line, key + " needs " + count + " comma-separated numbers, got '" + value + "'");
        }
        return parts;
    }

    private double number(String what, String text, int line) {
        String t = text.strip();
        if (!DecimalLiteral.isValid(t)) {
            throw error(line, what + ": '" + t + "' is not a decimal number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw error(line, what + ": '" + t + "' is too large for a double (at most about 1.8e308)");
        }
        return v;
    }

    private <T> T wrap(int line, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (FunctionFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage());
        }
    }

    private Optional<String> closestKey(String key) {
        return EditDistance.closest(key, KEYS, 2);
    }

    /** The line a single-valued key was given on (0 if it was not given). */
    private int lineOf(String key) {
        return seenOnce.getOrDefault(key, 0);
    }

    /** The error at {@code line} (1-based; 0 when it concerns the whole file). */
    private FunctionFileException error(int line, String problem) {
        return new FunctionFileException(origin, line, problem);
    }
}
