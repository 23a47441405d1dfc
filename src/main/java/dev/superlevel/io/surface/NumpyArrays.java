package dev.superlevel.io.surface;

import org.openlca.npy.Npy;
import org.openlca.npy.NpyArray;
import org.openlca.npy.NpyDataType;
import org.openlca.npy.NpyHeader;
import org.openlca.npy.Npz;
import org.openlca.npy.dict.NpyHeaderDict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads NumPy arrays with openlca's npy library (pure Java, {@code .npy} and {@code .npz}), checking each
 * header's shape against {@link SurfaceLimits} before the data are read. Arrays come back as doubles in
 * C (row-major) order whatever the file's order. Stateless.
 */
final class NumpyArrays {

    /** A 1-D or 2-D array in C order. */
    record Array(int[] shape, double[] values) {
    }

    private NumpyArrays() {
    }

    static Array readNpy(Path file, String name) {
        NpyHeader header;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            header = NpyHeader.read(channel);
        } catch (IOException | RuntimeException e) {
            throw new SurfaceFormatException(name, "not a readable .npy file: " + e.getMessage(), e);
        }
        check(name, "the array", header.dict());
        try {
            return inCOrder(Npy.read(file.toFile()));
        } catch (RuntimeException e) {
            throw new SurfaceFormatException(name, "not a readable .npy file (truncated?): " + e.getMessage(), e);
        }
    }

    /** Array {@code key} of an open .npz (entry {@code key + ".npy"}). */
    static Array readNpz(ZipFile zip, String name, String key) {
        ZipEntry entry = zip.getEntry(key + ".npy");
        try (InputStream in = zip.getInputStream(entry)) {
            check(name, "array '" + key + "'", NpyHeader.read(in).dict());
        } catch (IOException | RuntimeException e) {
            if (e instanceof SurfaceFormatException s) {
                throw s;
            }
            throw new SurfaceFormatException(name, "array '" + key + "' is not a readable .npy entry: "
                    + e.getMessage(), e);
        }
        try {
            return inCOrder(Npz.read(zip, entry.getName()));
        } catch (RuntimeException e) {
            throw new SurfaceFormatException(name, "array '" + key + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static void check(String name, String what, NpyHeaderDict dict) {
        int[] shape = dict.shape();
        long count = 1;
        for (int side : shape) {
            if (side > SurfaceLimits.MAX_SIDE) {
                throw new SurfaceFormatException(name, what + " has shape " + H5SurfaceReader.shape(shape)
                        + ", more than the limit of " + SurfaceLimits.MAX_SIDE + " samples per axis");
            }
            count *= side;
        }
        if (count > SurfaceLimits.MAX_SAMPLES) {
            throw new SurfaceFormatException(name, what + " has " + count + " values, more than the limit of "
                    + SurfaceLimits.MAX_SAMPLES);
        }
        NpyDataType type = dict.dataType();
        if (type == NpyDataType.bool || type == NpyDataType.S || type == NpyDataType.U) {
            throw new SurfaceFormatException(name, what + " holds " + type + " values, not numbers");
        }
    }

    private static Array inCOrder(NpyArray<?> array) {
        int[] shape = array.shape();
        double[] data = array.asDoubleArray().data();
        if (shape.length != 2 || !array.hasColumnOrder()) {
            return new Array(shape, data);
        }
        int rows = shape[0];
        int cols = shape[1];
        double[] c = new double[data.length];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                c[r * cols + k] = data[k * rows + r];
            }
        }
        return new Array(shape, c);
    }
}
