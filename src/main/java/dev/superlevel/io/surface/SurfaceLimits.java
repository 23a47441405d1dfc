package dev.superlevel.io.surface;

import dev.superlevel.core.Limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * How every surface reader applies the limits of {@link Limits} (their one definition) before it allocates
 * anything large.
 *
 * <ul>
 *   <li>{@link #MAX_SIDE} samples per axis and {@link #MAX_SAMPLES} samples in all (4096², 128 MiB as
 *       float64), checked from the file's declared shape before the array is read;</li>
 *   <li>{@link #MAX_FILE_BYTES} bytes per file, checked from the file system before it is opened;</li>
 *   <li>only regular files are opened: a folder, FIFO or device is refused, so a reader never blocks on a
 *       pipe or reads an endless device.</li>
 * </ul>
 */
public final class SurfaceLimits {

    /** Samples per axis, as for any grid ({@link Limits#MAX_GRID_SIDE}). */
    public static final int MAX_SIDE = Limits.MAX_GRID_SIDE;
    /** Samples per surface ({@link Limits#MAX_SURFACE_SAMPLES}). */
    public static final long MAX_SAMPLES = Limits.MAX_SURFACE_SAMPLES;
    /** Bytes per file ({@link Limits#MAX_SURFACE_FILE_BYTES}). */
    public static final long MAX_FILE_BYTES = Limits.MAX_SURFACE_FILE_BYTES;
    /** Points per recorded training path ({@link Limits#MAX_PATH_POINTS}). */
    public static final int MAX_PATH_POINTS = Limits.MAX_PATH_POINTS;

    private SurfaceLimits() {
    }

    /**
     * The size of a file that may be opened.
     *
     * @throws SurfaceFormatException if it is missing, not a regular file or larger than {@link #MAX_FILE_BYTES}
     */
    public static long checkFile(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new SurfaceFormatException(name, "no such file");
        }
        if (!Files.isRegularFile(file)) {  // follows links: a link to a regular file is fine
            String what = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a regular file";
            throw new SurfaceFormatException(name, what + ", not a surface file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new SurfaceFormatException(name, "the file has " + size + " bytes, more than the limit of "
                        + MAX_FILE_BYTES);
            }
            return size;
        } catch (IOException e) {
            throw new SurfaceFormatException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a declared shape against the limits before its data are read.
     *
     * @throws SurfaceFormatException naming the array and its shape
     */
    public static void checkShape(String file, String array, long nx, long ny) {
        if (nx > MAX_SIDE || ny > MAX_SIDE || nx * ny > MAX_SAMPLES) {
            throw new SurfaceFormatException(file, "array '" + array + "' is " + nx + "x" + ny
                    + ", more than the limit of " + MAX_SIDE + " samples per axis");
        }
    }
}
