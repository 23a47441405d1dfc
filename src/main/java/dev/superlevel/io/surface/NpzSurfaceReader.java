package dev.superlevel.io.surface;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a Landscaper {@code .npz} surface: {@code loss} of shape (n, n) with loss[i, j] = L(c0[i], c1[j])
 * and {@code coordinates} of shape (2, n) (c0 = coordinates[0], c1 = coordinates[1]). Note the layout is
 * the transpose of loss-landscape's: the first index runs along x. Stateless.
 */
public final class NpzSurfaceReader {

    /** The array read when no key is given. */
    public static final String DEFAULT_KEY = "loss";
    static final String COORDINATES = "coordinates";

    private NpzSurfaceReader() {
    }

    /**
     * @param key the array (null: {@link #DEFAULT_KEY})
     * @throws SurfaceFormatException naming the file and the problem
     */
    public static SurfaceData read(Path file, String key) {
        long size = SurfaceLimits.checkFile(file);
        String name = file.getFileName().toString();
        String k = key == null ? DEFAULT_KEY : key;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = arrayNames(zip);
            List<String> arrays = new ArrayList<>(names);
            arrays.remove(COORDINATES);
            if (!arrays.contains(k)) {
                throw new SurfaceFormatException(name, "no array '" + k + "' (arrays present: "
                        + (arrays.isEmpty() ? "none" : String.join(", ", arrays)) + "); pick one with --surface-key");
            }
            if (!names.contains(COORDINATES)) {
                throw new SurfaceFormatException(name, "no array 'coordinates' (shape (2, n)), so not a "
                        + "Landscaper surface");
            }
            NumpyArrays.Array c = NumpyArrays.readNpz(zip, name, COORDINATES);
            NumpyArrays.Array loss = NumpyArrays.readNpz(zip, name, k);
            return new SurfaceData(name, size, k, arrays, surface(name, k, c, loss));
        } catch (IOException e) {
            throw new SurfaceFormatException(name, "not a readable .npz (zip) file: " + e.getMessage(), e);
        }
    }

    private static List<String> arrayNames(ZipFile zip) {
        List<String> names = new ArrayList<>();
        zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".npy"))
                .forEach(n -> names.add(n.substring(0, n.length() - 4)));
        return names;
    }

    private static dev.superlevel.core.surface.SampledSurface surface(String name, String key,
            NumpyArrays.Array c, NumpyArrays.Array loss) {
        int[] cs = c.shape();
        if (cs.length != 2 || cs[0] != 2) {
            throw new SurfaceFormatException(name, "array 'coordinates' has shape " + H5SurfaceReader.shape(cs)
                    + ", expected (2, n)");
        }
        int n = cs[1];
        int[] ls = loss.shape();
        if (ls.length != 2) {
            throw new SurfaceFormatException(name, "array '" + key + "' has shape " + H5SurfaceReader.shape(ls)
                    + ", a surface needs rank 2");
        }
        if (ls[0] != n || ls[1] != n) {
            throw new SurfaceFormatException(name, "array '" + key + "' has shape " + H5SurfaceReader.shape(ls)
                    + " but 'coordinates' has " + n + " values per axis");
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        System.arraycopy(c.values(), 0, xs, 0, n);
        System.arraycopy(c.values(), n, ys, 0, n);
        // loss[i, j] at (x_i, y_j): C order puts it at i·n + j; the surface wants j·n + i
        return Arrays1d.surface(name, key, xs, ys, NpySurfaceReader.transposed(loss.values(), n, n));
    }
}
