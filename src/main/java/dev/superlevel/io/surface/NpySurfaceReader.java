package dev.superlevel.io.surface;

import dev.superlevel.core.grid.Domain;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a bare NumPy {@code .npy} surface: a 2-D array Z with Z[j, i] = L(x_i, y_j) (rows are y, as
 * {@code f(*np.meshgrid(x, y))} gives), x and y evenly spaced over a domain the file does not hold
 * (default [−1, 1]², SPEC §3.1). With {@code transpose}, Z[i, j] = L(x_i, y_j). Stateless.
 */
public final class NpySurfaceReader {

    /** The extent of a bare array when none is given. */
    public static final Domain DEFAULT_DOMAIN = new Domain(-1, 1, -1, 1);

    private NpySurfaceReader() {
    }

    /**
     * @param domain the extent (null: {@link #DEFAULT_DOMAIN})
     * @throws SurfaceFormatException naming the file and the problem
     */
    public static SurfaceData read(Path file, Domain domain, boolean transpose) {
        long size = SurfaceLimits.checkFile(file);
        String name = file.getFileName().toString();
        NumpyArrays.Array array = NumpyArrays.readNpy(file, name);
        int[] shape = array.shape();
        if (shape.length != 2) {
            throw new SurfaceFormatException(name, "the array has shape " + H5SurfaceReader.shape(shape)
                    + ", a surface needs a 2-D array");
        }
        int nx = transpose ? shape[0] : shape[1];
        int ny = transpose ? shape[1] : shape[0];
        double[] values = transpose ? transposed(array.values(), shape[0], shape[1]) : array.values();
        Domain d = domain == null ? DEFAULT_DOMAIN : domain;
        String stem = name.replaceFirst("\\.[^.]*$", "");
        return new SurfaceData(name, size, stem, List.of(stem), Arrays1d.surface(name, stem,
                linspace(d.xmin(), d.xmax(), nx), linspace(d.ymin(), d.ymax(), ny), values));
    }

    /** out[j·rows + i] = in[i·cols + j]: an array of rows × cols read with its rows as x. */
    static double[] transposed(double[] in, int rows, int cols) {
        double[] out = new double[in.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = in[i * cols + j];
            }
        }
        return out;
    }

    /** a + k·(b − a)/(n − 1), as numpy.linspace and GridSpec compute it (last value exactly b). */
    static double[] linspace(double a, double b, int n) {
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = n == 1 ? a : a + k * (b - a) / (n - 1);
        }
        if (n > 1) {
            c[n - 1] = b;
        }
        return c;
    }
}
