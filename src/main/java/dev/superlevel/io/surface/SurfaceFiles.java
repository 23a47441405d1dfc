package dev.superlevel.io.surface;

import dev.superlevel.core.grid.Domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The entry point for surface files (SPEC §3.1): picks the reader by extension, and finds the bundled
 * sample surfaces ({@code sample-functions/<stem>.h5}) by stem. Stateless and thread-safe.
 */
public final class SurfaceFiles {

    /** The extensions read as surfaces, lower case. */
    public static final String[] EXTENSIONS = {".h5", ".hdf5", ".npz", ".npy"};
    /** The bundled sample surfaces, as class-path resources {@code /sample-functions/<stem>.h5}. */
    public static final String[] SAMPLES = {"mlp-moons"};

    private static final String RESOURCE_FOLDER = "/sample-functions/";

    private SurfaceFiles() {
    }

    /** Whether the text names a surface file by its extension (case-insensitive). */
    public static boolean isSurfacePath(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a surface file.
     *
     * @param key the array to read (null: the format's default); not allowed for a bare .npy
     * @param transpose read a bare .npy's rows as x; not allowed for the other formats
     * @param npyDomain the extent of a bare .npy (null: [−1, 1]²); ignored for the other formats
     * @throws SurfaceFormatException naming the file and the problem
     */
    public static SurfaceData read(Path file, String key, boolean transpose, Domain npyDomain) {
        String lower = file.toString().toLowerCase(Locale.ROOT);
        String name = String.valueOf(file.getFileName());
        boolean npy = lower.endsWith(".npy");
        if (npy && key != null) {
            throw new SurfaceFormatException(name, "--surface-key does not apply to a .npy file (it holds one array)");
        }
        if (!npy && transpose) {
            throw new SurfaceFormatException(name, "--transpose applies to bare .npy arrays only (the layout of "
                    + ".h5 and .npz files is fixed by the tools that write them)");
        }
        if (npy) {
            return NpySurfaceReader.read(file, npyDomain, transpose);
        }
        if (lower.endsWith(".npz")) {
            return NpzSurfaceReader.read(file, key);
        }
        if (lower.endsWith(".h5") || lower.endsWith(".hdf5")) {
            return H5SurfaceReader.read(file, key);
        }
        throw new SurfaceFormatException(name, "not a surface file (expected .h5, .hdf5, .npz or .npy)");
    }

    /** Whether a bundled sample surface has this stem. */
    public static boolean isSample(String stem) {
        for (String s : SAMPLES) {
            if (s.equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bundled sample surface with this stem, if there is one.
     *
     * @param key the array (null: {@code train_loss})
     */
    public static Optional<SurfaceData> sample(String stem, String key) {
        if (!isSample(stem)) {
            return Optional.empty();
        }
        String resource = RESOURCE_FOLDER + stem + ".h5";
        try (InputStream in = SurfaceFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample " + resource + " is missing (a build error)");
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, SurfaceLimits.MAX_FILE_BYTES));
            return Optional.of(H5SurfaceReader.read(stem + ".h5", bytes, key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled sample " + resource, e);
        }
    }
}
