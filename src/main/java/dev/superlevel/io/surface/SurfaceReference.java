package dev.superlevel.io.surface;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.surface.SampledSurface;
import dev.superlevel.core.surface.SurfaceInterpolant;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a session names a surface so that it can be opened again: the file (an absolute path, or a bundled
 * sample's stem) and the array, written as the session function's source text
 * {@code surface KEY of FILE} (plus {@code , transposed} for a bare .npy read with --transpose). A bare
 * .npy's extent is the session grid's domain. A file that has vanished since gives
 * {@code FILE: no such file}, never a parse error. Immutable.
 *
 * @param file an absolute path or a bundled sample's stem
 * @param key the array ({@code train_loss}, …; the file stem for a bare .npy)
 * @param transposed whether a bare .npy is read with its rows as x
 */
public record SurfaceReference(String file, String key, boolean transposed) {

    private static final String PREFIX = "surface ";
    private static final String OF = " of ";
    private static final String TRANSPOSED = ", transposed";

    public SurfaceReference {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
    }

    /** The session source text, also the figure caption: {@code surface train_loss of landscape.h5}. */
    public String source() {
        String name = SurfaceFiles.isSample(file) ? file : String.valueOf(Path.of(file).getFileName());
        return PREFIX + key + OF + name + (transposed ? TRANSPOSED : "");
    }

    /** The reference a session function (name, source) describes, if it describes a surface. */
    public static Optional<SurfaceReference> parse(String name, String source) {
        if (name == null || source == null || !source.startsWith(PREFIX) || !source.contains(OF)
                || !(SurfaceFiles.isSurfacePath(name) || SurfaceFiles.isSample(name))) {
            return Optional.empty();
        }
        String key = source.substring(PREFIX.length(), source.lastIndexOf(OF));
        return Optional.of(new SurfaceReference(name, key, source.endsWith(TRANSPOSED)));
    }

    /**
     * Reads the file again.
     *
     * @param npyDomain the extent of a bare .npy (the session grid's domain)
     * @throws SurfaceFormatException if the file has vanished or changed into something unreadable
     */
    public SurfaceData read(Domain npyDomain) {
        if (SurfaceFiles.isSample(file)) {
            return SurfaceFiles.sample(file, key).orElseThrow();
        }
        boolean npy = file.toLowerCase(Locale.ROOT).endsWith(".npy");
        return SurfaceFiles.read(Path.of(file), npy ? null : key, transposed, npyDomain);
    }

    /** The interpolant of the file read again. */
    public SurfaceInterpolant loss(Domain npyDomain) {
        SampledSurface surface = read(npyDomain).surface();
        return new SurfaceInterpolant(surface);
    }
}
