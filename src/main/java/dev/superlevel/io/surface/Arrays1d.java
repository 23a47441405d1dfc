package dev.superlevel.io.surface;

import dev.superlevel.core.surface.SampledSurface;
import io.jhdf.api.Dataset;

/** Helpers shared by the HDF5 readers: 1-D coordinate arrays and numeric conversion. Stateless. */
final class Arrays1d {

    private Arrays1d() {
    }

    /** A 1-D float array, widened to double (float32 widens exactly). */
    static double[] coordinates(String file, String key, Dataset d) {
        int[] dims = d.getDimensions();
        if (dims.length != 1) {
            throw new SurfaceFormatException(file, "array '" + key + "' has shape " + H5SurfaceReader.shape(dims)
                    + ", coordinates must be 1-D");
        }
        if (dims[0] > SurfaceLimits.MAX_SIDE) {
            throw new SurfaceFormatException(file, "array '" + key + "' has " + dims[0]
                    + " values, more than the limit of " + SurfaceLimits.MAX_SIDE);
        }
        return doubles(file, key, d);
    }

    /** The dataset's values in file (C) order as doubles; float64 and float32 only. */
    static double[] doubles(String file, String key, Dataset d) {
        Class<?> type = d.getJavaType();
        if (type != double.class && type != float.class) {
            throw new SurfaceFormatException(file, "array '" + key + "' holds " + type.getSimpleName()
                    + " values, not float64 or float32 numbers");
        }
        Object flat = d.getDataFlat();
        if (flat instanceof double[] doubles) {
            return doubles;
        }
        float[] floats = (float[]) flat;
        double[] widened = new double[floats.length];
        for (int k = 0; k < floats.length; k++) {
            widened[k] = floats[k];
        }
        return widened;
    }

    /** The surface record, its invariant violations (uneven coordinates …) named with the file. */
    static SampledSurface surface(String file, String key, double[] xs, double[] ys, double[] values) {
        try {
            return new SampledSurface(file + ":" + key, xs, ys, values);
        } catch (IllegalArgumentException e) {
            throw new SurfaceFormatException(file, e.getMessage(), e);
        }
    }
}
