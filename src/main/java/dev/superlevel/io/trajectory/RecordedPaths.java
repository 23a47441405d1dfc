package dev.superlevel.io.trajectory;

import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.io.surface.SurfaceFormatException;

import java.nio.file.Path;
import java.util.Locale;

/** Reads a recorded training path by its extension: a loss-landscape projection (.h5, .hdf5) or a CSV. */
public final class RecordedPaths {

    private RecordedPaths() {
    }

    /**
     * @throws SurfaceFormatException naming the file and the problem
     */
    public static RecordedPath read(Path file) {
        String lower = file.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".h5") || lower.endsWith(".hdf5")) {
            return ProjectionFileReader.read(file);
        }
        if (lower.endsWith(".csv")) {
            return PathCsvReader.read(file);
        }
        throw new SurfaceFormatException(String.valueOf(file.getFileName()),
                "not a recorded path (expected a loss-landscape projection .h5 or a CSV x,y[,step][,loss])");
    }
}
