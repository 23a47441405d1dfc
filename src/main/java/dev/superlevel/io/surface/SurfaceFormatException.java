package dev.superlevel.io.surface;

/**
 * A surface file that cannot be used: missing, not a regular file, too large, truncated, not the format
 * its extension says, or holding the wrong arrays. The message names the file and the problem on one line
 * ({@code landscape.h5: no array 'train_loss' (arrays present: test_loss, test_acc)}).
 */
public final class SurfaceFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SurfaceFormatException(String file, String problem) {
        super(file + ": " + problem);
    }

    public SurfaceFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
