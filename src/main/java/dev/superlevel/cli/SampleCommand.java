package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.ScaleHint;
import dev.superlevel.io.grid.SurfaceExport;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.surface3d.SurfaceView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code sample} (SPEC §3.1): writes the sampled grid for other tools, the format chosen by the extension
 * of {@code --out} ({@link SurfaceExport}). With {@code --lambda} the component labels of S_λ (the map's
 * stable ids, −1 outside the set) go along: the {@code component} point array of a {@code .vti}, the
 * {@code component} column of a {@code .csv}, and the S_λ colours of an {@code .obj}. Bad input: exit 2 and
 * one stderr line.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Write the sampled grid for other tools: VTK image data (.vti, for ParaView and the Topology "
                + "ToolKit), a NumPy array (.npy, Z[j,i] = L(x_i, y_j), float64), CSV (x,y,loss[,component]), or the "
                + "3-D view's mesh (.obj with the map's vertex colours, binary .stl) for Blender and 3-D printing."},
        footer = {"", "Examples:",
            "  superlevel sample --function himmelblau --lambda 100 --out himmelblau.vti",
            "  superlevel sample --function rosenbrock --grid 256 --out rosenbrock.npy",
            "  superlevel sample --function gaussian-bumps --lambda 0.8 --out bumps.obj"})
public final class SampleCommand implements Callable<Integer> {

    @Mixin
    FunctionOptions functionOptions;
    @Mixin
    TopologyOptions topologyOptions;

    @Option(names = "--lambda", paramLabel = "L", converter = Converters.FiniteDouble.class,
            description = "Also write the component labels of S_λ (and colour an .obj by them).")
    Double lambda;
    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Output file: .vti, .npy, .obj, .stl or .csv.")
    Path out;
    @Option(names = "--color-scale", paramLabel = "linear|log", description = ".obj colours (default: the function's hint).")
    String colorScale;
    @Option(names = "--colormap", paramLabel = "viridis|magma", defaultValue = "viridis",
            description = ".obj colours (default: ${DEFAULT-VALUE}).")
    String colormap;
    @Option(names = "--exaggeration", paramLabel = "X", defaultValue = "1", converter = Converters.FiniteDouble.class,
            description = ".obj/.stl: vertical exaggeration, 0.1..10 (default: ${DEFAULT-VALUE}).")
    double exaggeration;
    @Option(names = "--log-height", description = ".obj/.stl: height on the log scale of the colour bar.")
    boolean logHeight;

    @Override
    public Integer call() {
        SurfaceExport.checkExtension(out);
        ResolvedLoss resolved = functionOptions.resolve();
        FunctionDefinition def = resolved.definition();
        GridSpec grid = functionOptions.gridSpec(resolved);
        SampledField field = functionOptions.sample(resolved); // a surface file: its own grid and stored values
        ColorScale cs = colorScale != null ? ColorScale.parse(colorScale)
                : def.scale() == ScaleHint.LOG ? ColorScale.LOG : ColorScale.LINEAR;
        LandscapeScene scene = LandscapeScene.of(field, lambda != null ? lambda : 0)
                .withColours(cs, Colormap.parse(colormap), 0);
        if (lambda != null) {
            PersistenceDiagram diagram = PersistenceSweep.compute(field, topologyOptions.mode(),
                    topologyOptions.connectivity(), Cancellation.NONE);
            scene = scene.withLabels(diagram.labelsAt(lambda, 0.0), diagram.componentCount(lambda));
        }
        SurfaceView view;
        try {
            view = SurfaceView.defaults().withExaggeration(exaggeration).withLogHeight(logHeight);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--exaggeration: " + e.getMessage(), e);
        }
        try {
            SurfaceExport.write(scene, view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return 0;
    }
}
