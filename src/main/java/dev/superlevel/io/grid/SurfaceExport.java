package dev.superlevel.io.grid;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.surface3d.HeightMap;
import dev.superlevel.render.surface3d.SurfaceBox;
import dev.superlevel.render.surface3d.SurfaceMesh;
import dev.superlevel.render.surface3d.SurfaceView;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sampled grid for other tools, chosen by the file's extension (SPEC §3.1 {@code sample}): {@code .vti}
 * ({@link VtiWriter}), {@code .npy} ({@link NpyWriter}), {@code .csv} ({@link GridCsvWriter}) at the grid's
 * full resolution; {@code .obj} and {@code .stl} ({@link MeshWriter}): the 3-D view's mesh at the full grid
 * (no decimation), the OBJ coloured like the map (heat map, and S_λ per component with labels). Used by the
 * CLI and the app's File ▸ Export surface. Stateless.
 */
public final class SurfaceExport {

    /** The accepted extensions. */
    public static final String EXTENSIONS = ".vti, .npy, .obj, .stl or .csv";

    private SurfaceExport() {
    }

    /**
     * Writes {@code scene}'s field (with its labels when not null) to {@code target} in the format its
     * extension names, the meshes at the heights of {@code view}.
     *
     * @throws IllegalArgumentException for an unknown extension
     */
    public static void write(LandscapeScene scene, SurfaceView view, Path target) throws IOException {
        SampledField field = scene.field();
        switch (extension(target)) {
            case "vti" -> VtiWriter.write(field, scene.labels(), target);
            case "npy" -> NpyWriter.write(field, target);
            case "csv" -> GridCsvWriter.write(field, scene.labels(), target);
            case "obj" -> {
                SurfaceMesh mesh = mesh(field, view);
                MeshWriter.writeObj(mesh, vertexColours(scene, mesh), target);
            }
            case "stl" -> MeshWriter.writeStl(mesh(field, view), target);
            default -> throw new IllegalArgumentException("cannot write '" + target.getFileName()
                    + "': the file name must end in " + EXTENSIONS);
        }
    }

    /** Refuses a file name whose extension is not one of {@link #EXTENSIONS}, before any work is done. */
    public static void checkExtension(Path target) {
        if (!java.util.List.of("vti", "npy", "csv", "obj", "stl").contains(extension(target))) {
            throw new IllegalArgumentException("cannot write '" + target.getFileName()
                    + "': the file name must end in " + EXTENSIONS);
        }
    }

    /** The lower-case extension of {@code file} without the dot ("" for none). */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The full-resolution mesh of {@code field} at the heights of {@code view}. */
    public static SurfaceMesh mesh(SampledField field, SurfaceView view) {
        if (!(field.max() >= field.min())) {
            throw new IllegalArgumentException("the loss is undefined at every sample: no surface to write");
        }
        HeightMap heights = HeightMap.of(field.min(), field.max(), view);
        return SurfaceMesh.build(field, SurfaceBox.of(field.spec().domain(), heights),
                Math.max(field.nx(), field.ny()));
    }

    /** The map's colour (heat map shaded by S_λ, no iso-lines, as in 3-D) of every vertex, unlit. */
    static int[] vertexColours(LandscapeScene scene, SurfaceMesh mesh) {
        SampledField field = scene.field();
        ColorScale scale = scene.scale();
        Colormap colormap = scene.colormap();
        int[] map = LandscapeRaster.heatmap(field, scale, 0, colormap);
        if (scene.labels() != null) {
            LandscapeRaster.shade(map, scene.labels(), field.nx(), field.ny(), scene.shadeAlpha(), map);
        }
        int[] out = new int[mesh.vertexCount()];
        for (int v = 0; v < out.length; v++) {
            int s = mesh.source(v);
            out[v] = map[(field.ny() - 1 - s / field.nx()) * field.nx() + s % field.nx()];
        }
        return out;
    }
}
