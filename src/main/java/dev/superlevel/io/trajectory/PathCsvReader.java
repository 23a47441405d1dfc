package dev.superlevel.io.trajectory;

import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.io.surface.SurfaceFormatException;
import dev.superlevel.io.surface.SurfaceLimits;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a recorded training path from CSV: a header naming the columns {@code x}, {@code y} and optionally
 * {@code step} and {@code loss} (any order, case-insensitive), then one point per line. x, y and step must
 * be finite; a loss may be empty or {@code nan} (not recorded). Without a step column the points are
 * numbered 0, 1, …. Errors name the file, line and column. Stateless.
 */
public final class PathCsvReader {

    private static final List<String> COLUMNS = List.of("x", "y", "step", "loss");

    private PathCsvReader() {
    }

    /**
     * @throws SurfaceFormatException naming the file, line and column of the problem
     */
    public static RecordedPath read(Path file) {
        SurfaceLimits.checkFile(file);
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new SurfaceFormatException(name, "empty file; expected a header x,y[,step][,loss]");
            }
            int[] column = columns(name, header.strip().split(",", -1));
            double[][] cols = new double[4][1024];
            int n = 0;
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (n == SurfaceLimits.MAX_PATH_POINTS) {
                    throw new SurfaceFormatException(name, "more than " + SurfaceLimits.MAX_PATH_POINTS + " points");
                }
                if (n == cols[0].length) {
                    for (int c = 0; c < 4; c++) {
                        cols[c] = Arrays.copyOf(cols[c], 2 * n);
                    }
                }
                row(name, lineNumber, line.split(",", -1), column, cols, n++);
            }
            if (n == 0) {
                throw new SurfaceFormatException(name, "no points after the header");
            }
            double[] steps = Arrays.copyOf(cols[2], n);
            if (column[2] < 0) {
                for (int k = 0; k < n; k++) {
                    steps[k] = k;
                }
            }
            return new RecordedPath(name, Arrays.copyOf(cols[0], n), Arrays.copyOf(cols[1], n), steps,
                    Arrays.copyOf(cols[3], n));
        } catch (IOException e) {
            throw new SurfaceFormatException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** column[c] = the field index of x, y, step, loss (−1: absent). */
    private static int[] columns(String name, String[] header) {
        int[] column = {-1, -1, -1, -1};
        for (int f = 0; f < header.length; f++) {
            String h = header[f].strip().toLowerCase(Locale.ROOT);
            int c = COLUMNS.indexOf(h);
            if (c < 0) {
                throw new SurfaceFormatException(name, "line 1: unknown column '" + header[f].strip()
                        + "' (expected x, y, step, loss)");
            }
            if (column[c] >= 0) {
                throw new SurfaceFormatException(name, "line 1: column '" + h + "' appears twice");
            }
            column[c] = f;
        }
        if (column[0] < 0 || column[1] < 0) {
            throw new SurfaceFormatException(name, "line 1: the header needs columns x and y, got '"
                    + String.join(",", header) + "'");
        }
        return column;
    }

    private static void row(String name, int line, String[] fields, int[] column, double[][] cols, int k) {
        int width = Math.max(Math.max(column[0], column[1]), Math.max(column[2], column[3])) + 1;
        if (fields.length != width) {
            throw new SurfaceFormatException(name, "line " + line + ": " + fields.length + " fields, the header has "
                    + width);
        }
        for (int c = 0; c < 4; c++) {
            if (column[c] < 0) {
                cols[c][k] = Double.NaN;
                continue;
            }
            String text = fields[column[c]].strip();
            if (c == 3 && (text.isEmpty() || text.equalsIgnoreCase("nan"))) {
                cols[c][k] = Double.NaN;
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new SurfaceFormatException(name, "line " + line + ", column " + (column[c] + 1) + " ("
                        + COLUMNS.get(c) + "): '" + text + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new SurfaceFormatException(name, "line " + line + ", column " + (column[c] + 1) + " ("
                        + COLUMNS.get(c) + "): " + text + " is not finite");
            }
            cols[c][k] = v;
        }
    }
}
