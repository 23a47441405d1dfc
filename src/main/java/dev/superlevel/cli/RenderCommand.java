package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.Limits;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinRunner;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.ScheduleKind;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.ScaleHint;
import dev.superlevel.io.image.FigureFormat;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.io.session.SessionFunction;
import dev.superlevel.io.session.SessionRun;
import dev.superlevel.io.session.SessionScene;
import dev.superlevel.io.session.SessionSource;
import dev.superlevel.io.trajectory.RecordedPaths;
import dev.superlevel.render.BasinsFigureRenderer;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.surface3d.SurfaceView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code render}: writes the PNG the app would export (SPEC §3), with the whole configuration embedded as
 * session JSON (text chunk {@code superlevel-session}), and/or an animated GIF of the runs' progress.
 * {@code --session FILE} renders a saved session (or the session embedded in a PNG) instead of the
 * function options. Bad input: exit 2 and one stderr line (see {@link SuperlevelCli}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the figure the app would export to a PNG (with the whole configuration embedded, "
                + "so 'render --session FILE.png' redraws it) and/or an animated GIF of the runs' progress."},
        footer = {"", "Examples:",
            "  superlevel render --function rosenbrock --run \"optimizer=adam,lr=0.05,start=-1.5,2,steps=300\" "
                    + "--out fig.png",
            "  superlevel render --function rosenbrock --lambda 300 --figure composite --size 3200x1800 --scale 2 "
                    + "--run \"optimizer=gd,lr=0.001,start=-1.5,2,steps=500\" --out print.png",
            "  superlevel render --session fig.png --animate fig.gif --frames 90 --fps 30",
            "  superlevel render --function himmelblau --lambda 100 --figure surface --azimuth -50 --elevation 35 "
                    + "--out surface.png"})
public final class RenderCommand implements Callable<Integer> {

    /** Run colours: never white or black, visible over viridis/magma and both chart backgrounds, none red (violations are). */

    @Mixin
    FunctionOptions functionOptions;
    @Mixin
    TopologyOptions topologyOptions;

    @Option(names = "--lambda", paramLabel = "L", converter = Converters.FiniteDouble.class,
            description = "The level λ (default: the sample's suggestion, else the median of the sampled L).")
    Double lambda;
    @Option(names = "--out", paramLabel = "FILE.png|.svg|.pdf",
            description = "Output figure, by extension: PNG, or SVG / PDF (vector: text as text, the heat map as one"
                    + " embedded image at the grid's resolution).")
    Path out;
    @Option(names = "--animate", paramLabel = "FILE.gif|.mp4",
            description = "Also (or instead) write the runs' progress through their steps: a looping GIF, or an"
                    + " H.264 MP4 video (its session goes to FILE.mp4.json).")
    Path animate;
    @Option(names = "--frames", paramLabel = "N", defaultValue = "60",
            description = "Frames of the animation, 1..1000 (default: ${DEFAULT-VALUE}).")
    int frames;
    @Option(names = "--fps", paramLabel = "F", defaultValue = "15",
            description = "Frames per second of the animation, 0.1..50 (default: ${DEFAULT-VALUE}).")
    double fps;
    @Option(names = "--size", paramLabel = "WxH",
            description = "Figure size in pixels (default: the session PNG's, else 1200x900, composite 1600x900).")
    String size;
    @Option(names = "--scale", paramLabel = "S", converter = Converters.FiniteDouble.class,
            description = "Text and line scale, 2 for print (default: the session PNG's, else 1).")
    Double scale;
    @Option(names = "--figure", paramLabel = "landscape|composite|profile|basins|surface|path-loss",
            description = "landscape; composite: the landscape beside L(t), α(t), dV/dt with ΔL and the "
                    + "component count per step; profile: the topological landscape profile of the sub-level "
                    + "merge tree; basins: the basins of attraction of each --run's configuration side by side "
                    + "(its start is ignored; see --lattice); surface: the landscape in 3-D with the λ plane; "
                    + "path-loss: each --path's L(t) on the surface beside the loss its file recorded "
                    + "(default: the session PNG's, else landscape).")
    String figure;
    @Option(names = "--lattice", paramLabel = "M", defaultValue = "64",
            description = "Starts per side of the basins figure (default: ${DEFAULT-VALUE}).")
    int lattice;
    @Option(names = "--azimuth", paramLabel = "A", converter = Converters.FiniteDouble.class,
            description = "Surface figure: camera azimuth in degrees (default: the session PNG's, else -60).")
    Double azimuth;
    @Option(names = "--elevation", paramLabel = "E", converter = Converters.FiniteDouble.class,
            description = "Surface figure: camera elevation in degrees, -89..89 (default: the session PNG's, else 30).")
    Double elevation;
    @Option(names = "--exaggeration", paramLabel = "X", converter = Converters.FiniteDouble.class,
            description = "Surface figure: vertical exaggeration, 0.1..10 (default: the session PNG's, else 1).")
    Double exaggeration;
    @Option(names = "--log-height", arity = "0..1", paramLabel = "true|false",
            description = "Surface figure: height on the log scale of the colour bar (for losses spanning decades).")
    Boolean logHeight;
    @Option(names = "--height-clip", paramLabel = "LO,HI",
            description = "Surface figure: show only this part of the height range, as fractions 0..1 of the "
                    + "colour scale, e.g. 0,0.3 (higher values are flattened at the top).")
    String heightClip;
    @Option(names = "--run", paramLabel = "SPEC",
            description = "Optimizer run (repeatable), e.g. \"optimizer=adam,lr=0.05,start=-1.5,2,steps=300\".")
    List<String> runs = new ArrayList<>();
    @Option(names = "--path", paramLabel = "FILE",
            description = "A recorded training path to draw (repeatable): loss-landscape's projection .h5 "
                    + "(proj_xcoord, proj_ycoord) or a CSV x,y[,step][,loss]. Drawn dashed with a marker per point "
                    + "and kept in the embedded session (by absolute path); with --session, added to its paths.")
    List<Path> paths = new ArrayList<>();
    @Option(names = "--session", paramLabel = "FILE",
            description = "Render a saved session (.json) or the session embedded in an exported .png, .svg, .pdf"
                    + " or .gif (an .mp4's is read from its FILE.mp4.json).")
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
        // issue 12: every option is validated, and the scene built, before the first byte is written
        FigureFormat outFormat = out == null ? null : FigureFormat.ofFigure(out);
        FigureFormat animateFormat = animate == null ? null : FigureFormat.ofAnimation(animate);
        checkAnimationOptions();
        checkOutputs();
        SessionFile.SessionPng loaded = session != null ? loadSession(session) : null;
        FigureSpec spec = figureSpec(loaded == null ? null : loaded.figure().orElse(null));
        Session s = loaded != null ? loaded.session() : sessionFromOptions();
        if (style != null) {
            s = s.withStyle(FigureStyle.parse(style));
        }
        s = withRecordedPaths(s);
        CompositeScene scene = SessionScene.buildComposite(s, Cancellation.NONE);
        if (spec.kind() == FigureKind.BASINS) {
            return renderBasins(s, scene, spec);
        }
        try {
            if (out != null) {
                FigureOutput.writeFigure(outFormat, out, s, scene, spec);
            }
            if (animate != null) {
                FigureOutput.writeAnimation(animateFormat, animate, s, scene, spec, frames, fps);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return 0;
    }

    private void checkAnimationOptions() {
        if (animate == null) {
            return;
        }
        if (frames < 1 || frames > Limits.MAX_FRAMES) {
            throw new IllegalArgumentException("--frames must be between 1 and " + Limits.MAX_FRAMES + ", got "
                    + frames);
        }
        if (!(fps >= Limits.MIN_FPS && fps <= Limits.MAX_FPS)) {
            throw new IllegalArgumentException("--fps must be between " + Limits.MIN_FPS + " and " + Limits.MAX_FPS
                    + ", got " + fps);
        }
    }

    /** Both outputs can be written (folder exists, absent or a regular file) and are not the same file. */
    private void checkOutputs() {
        try {
            Path png = out == null ? null : AtomicFiles.checkWritable(out);
            Path gif = animate == null ? null : AtomicFiles.checkWritable(animate);
            if (png != null && png.equals(gif)) {
                throw new IllegalArgumentException("--out and --animate name the same file " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * The session with every {@code --path} added by absolute path (issue 10), so the PNG re-renders with its
     * paths; each file is read here first, so a bad one is reported under its own name.
     */
    private Session withRecordedPaths(Session s) {
        if (paths.isEmpty()) {
            return s;
        }
        List<String> all = new ArrayList<>(s.paths());
        for (Path file : paths) {
            RecordedPaths.read(file);
            all.add(file.toAbsolutePath().normalize().toString());
        }
        return s.withPaths(all);
    }

    /** {@code --figure basins}: one basin map per run configuration, on the session's grid and connectivity. */
    private int renderBasins(Session s, CompositeScene scene, FigureSpec spec) {
        if (animate != null || out == null) {
            throw new IllegalArgumentException("the basins figure is a still image: give --out FILE.png|.svg|.pdf, not --animate");
        }
        if (lattice < 2 || lattice > Lattice.MAX_SIDE) {
            throw new IllegalArgumentException("--lattice must be between 2 and " + Lattice.MAX_SIDE + ", got " + lattice);
        }
        LossFunction loss = SessionScene.loss(s.function());
        MergeTree tree = MergeTree.sublevel(scene.landscape().field(), s.connectivity(), 0, Cancellation.NONE);
        Lattice starts = new Lattice(s.grid().domain(), lattice);
        List<BasinsFigureRenderer.Panel> panels = new ArrayList<>();
        for (SessionRun run : s.runs()) {
            if (!run.visible()) {  // a run hidden in the app is left out of its figures
                continue;
            }
            BasinMap map = BasinRunner.run(loss, run.toRunConfig(), starts, tree, 1e-3,
                    Runtime.getRuntime().availableProcessors(), Cancellation.NONE, k -> { });
            RunConfig cfg = run.toRunConfig();
            panels.add(new BasinsFigureRenderer.Panel(cfg.optimizer().cliName() + "  lr " + cfg.learningRate() + "  "
                    + cfg.schedule().cliName() + (cfg.schedule() == ScheduleKind.CONSTANT ? "" : " (decay "
                    + cfg.decay() + ")") + "  " + cfg.steps() + " steps", map));
        }
        try {
            FigureOutput.writeBasins(FigureFormat.ofFigure(out), out, s, scene.landscape(), panels, spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return 0;
    }

    /**
     * Kind, size and scale: the flags, else what a session PNG recorded (for the same kind), else the
     * defaults of the kind.
     */
    private FigureSpec figureSpec(FigureSpec recorded) {
        FigureKind kind = figure != null ? parseKind(figure) : recorded != null ? recorded.kind() : FigureKind.LANDSCAPE;
        FigureSpec spec = recorded != null && recorded.kind() == kind ? recorded : FigureSpec.defaults(kind);
        if (size != null) {
            int[] wh = parseSize(size);
            spec = spec.withSize(wh[0], wh[1]);
        }
        spec = scale != null ? spec.withScale(scale) : spec;
        return spec.withSurface(surfaceView(spec.surface()));
    }

    /** The recorded (or default) surface view with the camera and height flags applied. */
    private SurfaceView surfaceView(SurfaceView recorded) {
        SurfaceView v = recorded;
        try {
            v = v.withAngles(azimuth != null ? azimuth : v.azimuth(), elevation != null ? elevation : v.elevation());
            if (exaggeration != null) {
                v = v.withExaggeration(exaggeration);
            }
            if (logHeight != null) {
                v = v.withLogHeight(logHeight);
            }
            if (heightClip != null) {
                double[] clip = parseClip(heightClip);
                v = v.withClip(clip[0], clip[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--figure surface: " + e.getMessage(), e);
        }
        return v;
    }

    private static double[] parseClip(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--height-clip must be LO,HI with 0 <= LO < HI <= 1, got '" + text + "'");
    }

    private static FigureKind parseKind(String text) {
        try {
            return FigureKind.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--figure: " + e.getMessage(), e);
        }
    }

    private SessionFile.SessionPng loadSession(Path file) {
        if (functionOptions.function != null || !runs.isEmpty()) {
            throw new IllegalArgumentException("--session cannot be combined with --function or --run");
        }
        try {
            return SessionSource.read(file, Cancellation.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private Session sessionFromOptions() {
        ResolvedLoss resolved = functionOptions.resolve();
        FunctionDefinition def = resolved.definition();
        SessionFunction fn = sessionFunction(resolved);
        ColorScale cs = colorScale != null ? ColorScale.parse(colorScale)
                : def.scale() == ScaleHint.LOG ? ColorScale.LOG : ColorScale.LINEAR;
        List<SessionRun> sessionRuns = new ArrayList<>();
        int maxSteps = 0;
        long totalSteps = 0;
        if (runs.size() > Limits.MAX_RUNS) {
            throw new IllegalArgumentException(runs.size() + " --run options, more than the limit of " + Limits.MAX_RUNS);
        }
        for (int k = 0; k < runs.size(); k++) {
            RunConfig cfg = parseRun(k);
            maxSteps = Math.max(maxSteps, cfg.steps());
            totalSteps += cfg.steps();
            if (totalSteps > Limits.MAX_TOTAL_STEPS) {
                throw new IllegalArgumentException("--run " + (k + 1) + ": the runs take " + totalSteps
                        + " steps in all so far, more than the limit of " + Limits.MAX_TOTAL_STEPS);
            }
            sessionRuns.add(SessionRun.of(cfg, dev.superlevel.render.RunPalette.argb(k),
                    cfg.optimizer().name().toLowerCase(Locale.ROOT) + " lr=" + cfg.learningRate()));
        }
        GridSpec grid = functionOptions.gridSpec(resolved);
        double level = lambda != null ? lambda
                : def.lambda().isPresent() ? def.lambda().getAsDouble() : medianLevel(resolved.loss(), grid);
        return Session.of(fn, grid.domain(), grid.nx(), grid.ny(), level, topologyOptions.mode(),
                topologyOptions.connectivity(), cs, Colormap.parse(colormap), sessionRuns, maxSteps);
    }

    /**
     * How the session names the loss, so that the figure can be re-rendered from the PNG alone: an
     * expression by its source; a data-set function by the sample name or the absolute path of its .fn
     * file, which {@link dev.superlevel.io.session.SessionScene} resolves again. Raw {@code --dataset} flags name
     * no such file, so they are refused with what to do instead.
     */
    private SessionFunction sessionFunction(ResolvedLoss resolved) {
        FunctionDefinition def = resolved.definition();
        if (resolved.surface().isPresent()) {  // issue 10: by absolute path (or sample stem) and array
            var ref = SurfaceOptions.reference(functionOptions.function, resolved.surface().get(),
                    functionOptions.transpose);
            return new SessionFunction(ref.file(), ref.source(), Map.of());
        }
        if (resolved.loss() instanceof CompiledExpression expression) {
            return new SessionFunction(def.name(), expression.source(), expression.parameters());
        }
        String given = functionOptions.function;
        if (given == null) {
            throw new IllegalArgumentException("render needs the data set as a function file, so the figure can be"
                    + " re-rendered from its session: write a .fn file with 'dataset = FILE.csv' and the model keys,"
                    + " then pass --function FILE.fn");
        }
        String name = given.endsWith(".fn") ? Path.of(given).toAbsolutePath().normalize().toString() : given;
        return new SessionFunction(name, def.formula(), Map.of());
    }

    /** The default λ of a function that suggests none: the median of its finite samples on the grid. */
    private static double medianLevel(LossFunction loss, GridSpec grid) {
        double[] finite = Arrays.stream(GridSampler.sample(loss, grid).values()).filter(Double::isFinite).sorted()
                .toArray();
        if (finite.length == 0) {
            throw new IllegalArgumentException("--lambda is required: L is undefined at every sample of the grid");
        }
        int mid = finite.length / 2;
        return finite.length % 2 == 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
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
