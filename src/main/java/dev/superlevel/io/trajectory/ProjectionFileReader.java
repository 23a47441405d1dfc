package dev.superlevel.io.trajectory;

import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.io.surface.SurfaceFormatException;
import dev.superlevel.io.surface.SurfaceLimits;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads loss-landscape's projected trajectory ({@code plot_trajectory.py}: the saved checkpoints projected
 * onto the plot's two directions): {@code proj_xcoord} and {@code proj_ycoord}, float64 arrays of shape
 * (n,), one point per checkpoint. The file records no step numbers or losses; the points are numbered
 * 0, 1, …. Stateless.
 */
public final class ProjectionFileReader {

    static final String X = "proj_xcoord";
    static final String Y = "proj_ycoord";

    private ProjectionFileReader() {
    }

    /**
     * Whether {@code file} is an HDF5 file with loss-landscape's {@code proj_xcoord} and {@code proj_ycoord} at
     * its root (false for a surface file, a broken file or anything else); used to route a dropped .h5.
     */
    public static boolean isProjection(Path file) {
        try (HdfFile hdf = new HdfFile(file)) {
            Map<String, Node> children = hdf.getChildren();
            return children.get(X) instanceof Dataset && children.get(Y) instanceof Dataset;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @throws SurfaceFormatException naming the file and the problem
     */
    public static RecordedPath read(Path file) {
        SurfaceLimits.checkFile(file);
        String name = file.getFileName().toString();
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (RuntimeException e) {
            throw new SurfaceFormatException(name, "not a readable HDF5 file (truncated, or another format): "
                    + e.getMessage(), e);
        }
        try (hdf) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Node> e : hdf.getChildren().entrySet()) {
                if (e.getValue() instanceof Dataset) {
                    names.add(e.getKey());
                }
            }
            if (!names.contains(X) || !names.contains(Y)) {
                throw new SurfaceFormatException(name, "no arrays 'proj_xcoord' and 'proj_ycoord', so not a "
                        + "loss-landscape projection file (arrays present: "
                        + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            }
            double[] xs = coordinates(name, X, hdf.getDatasetByPath(X));
            double[] ys = coordinates(name, Y, hdf.getDatasetByPath(Y));
            if (xs.length != ys.length) {
                throw new SurfaceFormatException(name, "'proj_xcoord' has " + xs.length + " values but 'proj_ycoord' "
                        + ys.length);
            }
            return RecordedPath.ofPoints(name, xs, ys);
        } catch (SurfaceFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SurfaceFormatException(name, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SurfaceFormatException(name, "not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    private static double[] coordinates(String name, String key, Dataset d) {
        int[] dims = d.getDimensions();
        if (dims.length != 1 || dims[0] < 1) {
            throw new SurfaceFormatException(name, "'" + key + "' must be a non-empty 1-D array, got rank "
                    + dims.length);
        }
        if (dims[0] > SurfaceLimits.MAX_PATH_POINTS) {
            throw new SurfaceFormatException(name, "'" + key + "' has " + dims[0] + " points, more than the limit of "
                    + SurfaceLimits.MAX_PATH_POINTS);
        }
        Object flat = d.getDataFlat();
        if (flat instanceof double[] doubles) {
            return doubles;
        }
        if (flat instanceof float[] floats) {
            double[] widened = new double[floats.length];
            for (int k = 0; k < floats.length; k++) {
                widened[k] = floats[k];
            }
            return widened;
        }
        throw new SurfaceFormatException(name, "'" + key + "' holds " + d.getJavaType().getSimpleName()
                + " values, not float64 numbers");
    }
}
