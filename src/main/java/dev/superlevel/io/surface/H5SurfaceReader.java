package dev.superlevel.io.surface;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code .h5} files of loss-landscape (Li et al., NeurIPS 2018, github.com/tomgoldstein/loss-landscape)
 * with jhdf (pure Java; float64 and float32 datasets, contiguous or gzip-chunked).
 *
 * <pre>
 *   xcoordinates  (nx,)         np.linspace
 *   ycoordinates  (ny,)         absent in a 1-D plot: refused
 *   train_loss    (nx, ny)      declared shape, but filled through ravel() at the k-th point of
 *   train_acc, test_loss, …     np.meshgrid(x, y):  L(x_i, y_j) = flat[j·nx + i]
 * </pre>
 * Reading an array by its declared shape would transpose every non-square surface; this reader uses the
 * flat order only. An array declared (ny, nx) has the same flat order and is accepted as well. The value
 * {@code -1} is the tool's "not computed yet" and becomes NaN (undefined). Stateless.
 */
public final class H5SurfaceReader {

    /** The array read when no key is given. */
    public static final String DEFAULT_KEY = "train_loss";
    static final String X = "xcoordinates";
    static final String Y = "ycoordinates";

    private H5SurfaceReader() {
    }

    /**
     * Reads array {@code key} (null: {@link #DEFAULT_KEY}) of a file.
     *
     * @throws SurfaceFormatException naming the file and the problem
     */
    public static SurfaceData read(Path file, String key) {
        long size = SurfaceLimits.checkFile(file);
        String name = file.getFileName().toString();
        try (HdfFile hdf = open(name, () -> new HdfFile(file))) {
            return read(hdf, name, size, key);
        }
    }

    /** Reads a file held in memory (a bundled sample); {@code name} is used in messages. */
    public static SurfaceData read(String name, byte[] bytes, String key) {
        try (HdfFile hdf = open(name, () -> HdfFile.fromBytes(bytes))) {
            return read(hdf, name, bytes.length, key);
        }
    }

    /** The names of the root datasets of an open file, in file order. */
    static List<String> datasetNames(HdfFile hdf, String name) {
        List<String> names = new ArrayList<>();
        try {
            for (Map.Entry<String, Node> e : hdf.getChildren().entrySet()) {
                if (e.getValue() instanceof Dataset) {
                    names.add(e.getKey());
                }
            }
        } catch (RuntimeException e) {
            throw unreadable(name, e);
        }
        return names;
    }

    /** Opens with jhdf, turning its exceptions (truncated file, no HDF5 signature) into one clear message. */
    static HdfFile open(String name, java.util.function.Supplier<HdfFile> opener) {
        try {
            return opener.get();
        } catch (RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    static SurfaceFormatException unreadable(String name, RuntimeException e) {
        if (e instanceof SurfaceFormatException s) {
            return s;
        }
        return new SurfaceFormatException(name, "not a readable HDF5 file (truncated, or another format): "
                + e.getMessage(), e);
    }

    private static SurfaceData read(HdfFile hdf, String name, long size, String requested) {
        String key = requested == null ? DEFAULT_KEY : requested;
        List<String> names = datasetNames(hdf, name);
        List<String> arrays = new ArrayList<>(names);
        arrays.remove(X);
        arrays.remove(Y);
        if (!names.contains(X)) {
            throw new SurfaceFormatException(name, "no array 'xcoordinates', so not a loss-landscape surface "
                    + "(arrays present: " + listed(names) + ")");
        }
        if (!names.contains(Y)) {
            throw new SurfaceFormatException(name, "a 1-D surface (xcoordinates but no ycoordinates); "
                    + "Superlevel needs a 2-D surface");
        }
        if (!arrays.contains(key)) {
            throw new SurfaceFormatException(name, "no array '" + key + "' (arrays present: " + listed(arrays)
                    + "); pick one with --surface-key");
        }
        try {
            double[] xs = Arrays1d.coordinates(name, X, dataset(hdf, X));
            double[] ys = Arrays1d.coordinates(name, Y, dataset(hdf, Y));
            double[] values = surfaceValues(name, key, dataset(hdf, key), xs.length, ys.length);
            return new SurfaceData(name, size, key, arrays, Arrays1d.surface(name, key, xs, ys, values));
        } catch (SurfaceFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    private static Dataset dataset(HdfFile hdf, String path) {
        return hdf.getDatasetByPath(path);
    }

    private static double[] surfaceValues(String name, String key, Dataset d, int nx, int ny) {
        int[] dims = d.getDimensions();
        if (dims.length != 2) {
            throw new SurfaceFormatException(name, "array '" + key + "' has rank " + dims.length
                    + " (shape " + shape(dims) + "), a surface needs rank 2");
        }
        SurfaceLimits.checkShape(name, key, dims[0], dims[1]);
        boolean declaredNxNy = dims[0] == nx && dims[1] == ny;
        boolean declaredNyNx = dims[0] == ny && dims[1] == nx;
        if (!declaredNxNy && !declaredNyNx) {
            throw new SurfaceFormatException(name, "array '" + key + "' has shape " + shape(dims)
                    + " but the coordinates make a " + nx + "x" + ny + " grid (xcoordinates " + nx
                    + ", ycoordinates " + ny + ")");
        }
        double[] flat = Arrays1d.doubles(name, key, d);
        for (int k = 0; k < flat.length; k++) {
            if (flat[k] == -1.0) {  // loss-landscape's "not computed yet"
                flat[k] = Double.NaN;
            }
        }
        return flat;
    }

    static String shape(int[] dims) {
        StringBuilder s = new StringBuilder("(");
        for (int k = 0; k < dims.length; k++) {
            s.append(k > 0 ? ", " : "").append(dims[k]);
        }
        return s.append(dims.length == 1 ? ",)" : ")").toString();
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

}
