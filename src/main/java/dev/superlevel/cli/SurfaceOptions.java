package dev.superlevel.cli;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.surface.SampledSurface;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.function.ScaleHint;
import dev.superlevel.io.surface.SurfaceData;
import dev.superlevel.io.surface.SurfaceFiles;
import dev.superlevel.io.surface.SurfaceReference;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --function FILE.h5|.hdf5|.npz|.npy} (SPEC §3.1): a surface file, or a bundled sample surface by its
 * stem, resolved into its interpolant and a definition that describes the file. Stateless.
 */
final class SurfaceOptions {

    private SurfaceOptions() {
    }

    /** Whether {@code --function F} names a surface: a surface file's extension or a bundled surface's stem. */
    static boolean isSurface(String function) {
        String text = function.strip();
        return SurfaceFiles.isSurfacePath(text)
                || SurfaceFiles.isSample(text) && FunctionLibrary.sample(text).isEmpty();
    }

    static ResolvedLoss resolve(String function, String key, boolean transpose, Domain domain) {
        String text = function.strip();
        SurfaceData data = SurfaceFiles.isSample(text) && !SurfaceFiles.isSurfacePath(text)
                ? sample(text, key, transpose)
                : SurfaceFiles.read(Path.of(text), key, transpose, isNpy(text) ? domain : null);
        return new ResolvedLoss(new SurfaceInterpolant(data.surface()), definition(data, text), Optional.of(data));
    }

    /** The session reference of a resolved surface: its absolute path (or sample stem) and array. */
    static SurfaceReference reference(String function, SurfaceData data, boolean transpose) {
        String text = function.strip();
        String file = SurfaceFiles.isSurfacePath(text) ? Path.of(text).toAbsolutePath().normalize().toString() : text;
        return new SurfaceReference(file, data.key(), transpose);
    }

    /**
     * The file's own grid, unless {@code --grid N} resamples on N × N, or {@code --domain} views another
     * rectangle (then at the file's resolution unless --grid says otherwise); for a bare .npy --domain is the
     * extent, already applied.
     */
    static GridSpec gridSpec(SurfaceData data, String function, Domain domain, Integer grid) {
        SampledSurface s = data.surface();
        Domain view = domain != null && !isNpy(function) ? domain : s.domain();
        if (grid != null) {
            return GridSpec.square(view, grid);
        }
        return new GridSpec(view, s.nx(), s.ny());
    }

    private static SurfaceData sample(String stem, String key, boolean transpose) {
        if (transpose) {
            throw new IllegalArgumentException("--transpose applies to bare .npy arrays only");
        }
        return SurfaceFiles.sample(stem, key).orElseThrow();
    }

    private static boolean isNpy(String function) {
        return function.strip().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    /**
     * What the app and the captions know about the file: its name and array as title, its extent as the
     * domain, an accuracy viewed in super-level mode and a loss in sub-level mode.
     */
    static FunctionDefinition definition(SurfaceData data, String function) {
        SampledSurface s = data.surface();
        String stem = data.fileName().replaceFirst("\\.[^.]*$", "");
        String description = s.nx() + "x" + s.ny() + " samples of " + data.key() + " read from " + data.fileName()
                + " (" + data.fileBytes() + " bytes)";
        return new FunctionDefinition(stem, data.fileName() + ": " + data.key(), "", List.of(), s.domain(),
                Optional.empty(), OptionalDouble.empty(), data.isAccuracy() ? SetMode.SUPERLEVEL : SetMode.SUBLEVEL,
                ScaleHint.LINEAR, List.of(), List.of(), description);
    }
}
