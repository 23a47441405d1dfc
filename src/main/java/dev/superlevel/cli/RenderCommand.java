package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.io.FunctionDefinition;
import dev.superlevel.io.GifWriter;
import dev.superlevel.io.PngWriter;
import dev.superlevel.io.ScaleHint;
import dev.superlevel.io.Session;
import dev.superlevel.io.SessionFile;
import dev.superlevel.io.SessionFunction;
import dev.superlevel.io.SessionRun;
import dev.superlevel.io.SessionScene;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.CompositeFigureRenderer;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureRenderer;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code render}: writes the PNG the app would export (SPEC §3), with the whole configuration embedded as
 * session JSON (text chunk {@code superlevel-session}), and/or an animated GIF of the runs' progress.
 * {@code --session FILE} renders a saved session (or the session embedded in a PNG) instead of the
 * function options. Bad input: exit 2 and one stderr line (see {@link SuperlevelCli}).
 */
@Command(name = "render", description = "Render the landscape or composite figure to a PNG or an animated GIF "
        + "(headless).")
public final class RenderCommand implements Callable<Integer> {

    /** Trajectory colours: visible over viridis/magma and on the light and dark chart backgrounds. */
    private static final int[] RUN_COLOURS = {0xFFFF2D95, 0xFF00B4FF, 0xFFFF8C00, 0xFFE6E6E6, 0xFF7CFC00};

    @Mixin
    FunctionOptions functionOptions;
    @Mixin
    TopologyOptions topologyOptions;

    @Option(names = "--lambda", paramLabel = "L", converter = Converters.FiniteDouble.class,
            description = "The level λ (default: the sample's suggestion).")
    Double lambda;
    @Option(names = "--out", paramLabel = "FILE.png", description = "Output PNG file.")
    Path out;
    @Option(names = "--animate", paramLabel = "FILE.gif",
            description = "Also (or instead) write a looping GIF of the runs' progress through their steps.")
    Path animate;
    @Option(names = "--frames", paramLabel = "N", defaultValue = "60",
            description = "Frames of the animation, 1..1000 (default: ${DEFAULT-VALUE}).")
    int frames;
    @Option(names = "--fps", paramLabel = "F", defaultValue = "15",
            description = "Frames per second of the animation, up to 50 (default: ${DEFAULT-VALUE}).")
    double fps;
    @Option(names = "--size", paramLabel = "WxH",
            description = "Figure size in pixels (default: 1200x900, composite 1600x900).")
    String size;
    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Text and line scale, 2 for print (default: ${DEFAULT-VALUE}).")
    double scale;
    @Option(names = "--figure", paramLabel = "landscape|composite", defaultValue = "landscape",
            description = "landscape, or composite: the landscape beside L(t), α(t), dV/dt with ΔL and the "
                    + "component count per step (default: ${DEFAULT-VALUE}).")
    String figure;
    @Option(names = "--run", paramLabel = "SPEC",
            description = "Optimizer run (repeatable), e.g. \"optimizer=adam,lr=0.05,start=-1.5,2,steps=300\".")
    List<String> runs = new ArrayList<>();
    @Option(names = "--session", paramLabel = "FILE",
            description = "Render a saved session (.json) or the session embedded in a PNG.")
    Path session;
    @Option(names = "--color-scale", paramLabel = "linear|log", description = "Default: the function's hint.")
    String colorScale;
    @Option(names = "--colormap", paramLabel = "viridis|magma", defaultValue = "viridis",
            description = "Colour map of the heat map (default: ${DEFAULT-VALUE}).")
    String colormap;
    @Option(names = "--style", paramLabel = "light|dark",
            description = "Figure style (default: the session's, else light).")
    String style;

    @Override
    public Integer call() {
        if (out == null && animate == null) {
            throw new IllegalArgumentException("--out FILE.png or --animate FILE.gif is required");
        }
        boolean composite = figureKind();
        int[] wh = parseSize(size != null ? size : composite ? "1600x900" : "1200x900");
        Session s = session != null ? loadSession(session) : sessionFromOptions();
        if (style != null) {
            s = s.withStyle(FigureStyle.parse(style));
        }
        IntFunction<BufferedImage> frameAt = composite ? composite(s, wh) : landscape(s, wh);
        try {
            if (out != null) {
                PngWriter.write(frameAt.apply(s.currentStep()), out, SessionFile.pngText(s));
            }
            if (animate != null) {
                writeAnimation(frameAt, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return 0;
    }

    private boolean figureKind() {
        return switch (figure.trim().toLowerCase(Locale.ROOT)) {
            case "landscape" -> false;
            case "composite" -> true;
            default -> throw new IllegalArgumentException("--figure: expected landscape or composite, got '"
                    + figure + "'");
        };
    }

    private IntFunction<BufferedImage> landscape(Session s, int[] wh) {
        LandscapeScene scene = SessionScene.build(s, Cancellation.NONE);
        return step -> FigureRenderer.render(scene.atStep(step), wh[0], wh[1], scale);
    }

    private IntFunction<BufferedImage> composite(Session s, int[] wh) {
        CompositeScene scene = SessionScene.buildComposite(s, Cancellation.NONE);
        return step -> CompositeFigureRenderer.render(scene.atStep(step), wh[0], wh[1], scale);
    }

    /** Frame k shows step round(k·T/(N−1)), T = the session's last step of any run, so the last frame ends. */
    private void writeAnimation(IntFunction<BufferedImage> frameAt, Session s) throws IOException {
        if (frames < 1 || frames > 1000) {
            throw new IllegalArgumentException("--frames must be between 1 and 1000, got " + frames);
        }
        int last = lastStep(s);
        IntFunction<BufferedImage> byFrame = k -> frameAt.apply(
                frames == 1 ? last : (int) Math.round(k * (double) last / (frames - 1)));
        GifWriter.write(animate, frames, byFrame, fps, true, Cancellation.NONE, p -> { });
    }

    private static int lastStep(Session s) {
        int last = 0;
        for (SessionRun run : s.runs()) {
            last = Math.max(last, run.toRunConfig().steps());
        }
        return last;
    }

    private Session loadSession(Path file) {
        if (functionOptions.function != null || !runs.isEmpty()) {
            throw new IllegalArgumentException("--session cannot be combined with --function or --run");
        }
        try {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".png") ? SessionFile.fromPng(file)
                    : SessionFile.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private Session sessionFromOptions() {
        ResolvedLoss resolved = functionOptions.resolve();
        if (!(resolved.loss() instanceof CompiledExpression expression)) {
            throw new IllegalArgumentException("render: only expression losses can be rendered, not "
                    + resolved.definition().name());
        }
        FunctionDefinition def = resolved.definition();
        double level = lambda != null ? lambda : def.lambda().orElseThrow(() -> new IllegalArgumentException(
                "--lambda is required for '" + functionOptions.function + "' (it suggests no level)"));
        ColorScale cs = colorScale != null ? ColorScale.parse(colorScale)
                : def.scale() == ScaleHint.LOG ? ColorScale.LOG : ColorScale.LINEAR;
        List<SessionRun> sessionRuns = new ArrayList<>();
        int maxSteps = 0;
        for (int k = 0; k < runs.size(); k++) {
            RunConfig cfg = parseRun(k);
            maxSteps = Math.max(maxSteps, cfg.steps());
            sessionRuns.add(SessionRun.of(cfg, RUN_COLOURS[k % RUN_COLOURS.length],
                    cfg.optimizer().name().toLowerCase(Locale.ROOT) + " lr=" + cfg.learningRate()));
        }
        var grid = functionOptions.gridSpec(def);
        SessionFunction fn = new SessionFunction(def.name(), expression.source(), expression.parameters());
        return Session.of(fn, grid.domain(), grid.nx(), grid.ny(), level, topologyOptions.mode(),
                topologyOptions.connectivity(), cs, Colormap.parse(colormap), sessionRuns, maxSteps);
    }

    private RunConfig parseRun(int k) {
        try {
            return RunConfigParser.parseSpec(runs.get(k));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--run " + (k + 1) + ": " + e.getMessage(), e);
        }
    }

    static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x");
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
