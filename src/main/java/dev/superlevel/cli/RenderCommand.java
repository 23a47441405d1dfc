package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.FunctionDefinition;
import dev.superlevel.io.FunctionResolver;
import dev.superlevel.io.PngWriter;
import dev.superlevel.io.Session;
import dev.superlevel.io.SessionFile;
import dev.superlevel.io.SessionFunction;
import dev.superlevel.io.SessionRun;
import dev.superlevel.io.SessionScene;
import dev.superlevel.io.ScaleHint;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureRenderer;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render}: writes the PNG the app would export (SPEC §3), with the whole configuration embedded as
 * session JSON (text chunk {@code superlevel-session}). {@code --session FILE} renders a saved session
 * (or the session embedded in a PNG) instead of the function options. Exit 2 and one stderr line on bad input.
 */
@Command(name = "render", description = "Render the landscape figure to a PNG (headless).")
public final class RenderCommand implements Callable<Integer> {

    /** Trajectory colours, distinct from the component palette's first colours. */
    private static final int[] RUN_COLOURS = {0xFFFF2D95, 0xFFFFFFFF, 0xFF00E5FF, 0xFFFFD600, 0xFF7CFC00};

    @Spec
    CommandSpec spec;

    @Option(names = "--function", description = "sample name, .fn file or expression in x and y")
    String function;
    @Option(names = "--lambda", description = "the level λ (default: the sample's suggestion, else the median)")
    Double lambda;
    @Option(names = "--out", required = true, description = "output PNG file")
    Path out;
    @Option(names = "--size", defaultValue = "1200x900", description = "figure size WxH in pixels")
    String size;
    @Option(names = "--scale", defaultValue = "1", description = "text and line scale (2 for print)")
    double scale;
    @Option(names = "--figure", defaultValue = "landscape", description = "landscape")
    String figure;
    @Option(names = "--run", description = "optimizer run, e.g. \"optimizer=adam,lr=0.05,start=-1.5,2,steps=300\"")
    List<String> runs = new ArrayList<>();
    @Option(names = "--session", description = "render a saved session (.json) or the session of a PNG")
    Path session;
    @Option(names = "--domain", description = "xmin,xmax,ymin,ymax")
    String domain;
    @Option(names = "--grid", defaultValue = "512", description = "grid side N")
    int grid;
    @Option(names = "--connectivity", defaultValue = "contour", description = "4, 8 or contour")
    String connectivity;
    @Option(names = "--sublevel", description = "shade the sub-level set {L <= λ}")
    boolean sublevel;
    @Option(names = "--color-scale", description = "linear or log (default: the function's hint)")
    String colorScale;
    @Option(names = "--colormap", defaultValue = "viridis", description = "viridis or magma")
    String colormap;
    @Option(names = "--style", defaultValue = "light", description = "light or dark")
    String style;

    @Override
    public Integer call() {
        try {
            if (!figure.equals("landscape")) {
                throw new IllegalArgumentException("--figure: only 'landscape' is supported, got '" + figure + "'");
            }
            int[] wh = parseSize(size);
            Session s = session != null ? loadSession(session) : sessionFromOptions();
            LandscapeScene scene = SessionScene.build(s, FigureStyle.parse(style), Cancellation.NONE);
            PngWriter.write(FigureRenderer.render(scene, wh[0], wh[1], scale), out, SessionFile.pngText(s));
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println("render: " + e.getMessage());
            return 2;
        }
    }

    private static Session loadSession(Path file) throws IOException {
        return file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? SessionFile.fromPng(file)
                : SessionFile.load(file);
    }

    private Session sessionFromOptions() {
        if (function == null) {
            throw new IllegalArgumentException("--function is required (or --session FILE)");
        }
        FunctionDefinition def = FunctionResolver.resolve(function);
        Domain d = domain == null ? def.domain() : Domain.parse(domain);
        double level = lambda != null ? lambda : def.lambda().orElseThrow(
                () -> new IllegalArgumentException("--lambda is required for '" + function + "'"));
        ColorScale cs = colorScale != null ? ColorScale.parse(colorScale)
                : def.scale() == ScaleHint.LOG ? ColorScale.LOG : ColorScale.LINEAR;
        List<SessionRun> sessionRuns = new ArrayList<>();
        int maxSteps = 0;
        for (int k = 0; k < runs.size(); k++) {
            RunConfig cfg = RunConfigParser.parseSpec(runs.get(k));
            maxSteps = Math.max(maxSteps, cfg.steps());
            sessionRuns.add(SessionRun.of(cfg, RUN_COLOURS[k % RUN_COLOURS.length],
                    cfg.optimizer().name().toLowerCase(java.util.Locale.ROOT) + " lr=" + cfg.learningRate()));
        }
        SessionFunction fn = new SessionFunction(def.name(), def.expression(), def.parameterDefaults());
        return Session.of(fn, d, grid, grid, level, sublevel ? SetMode.SUBLEVEL : SetMode.SUPERLEVEL,
                Connectivity.parse(connectivity), cs, Colormap.parse(colormap), sessionRuns, maxSteps);
    }

    static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size must be WIDTHxHEIGHT in pixels, e.g. 1200x900, got '" + text + "'");
    }
}
