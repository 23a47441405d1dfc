package dev.superlevel.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the special files hostile-input tests need, where the platform has them. */
public final class SpecialFiles {

    /** A character device that never ends, on Unix systems. */
    public static final Path DEV_ZERO = Path.of("/dev/zero");

    private SpecialFiles() {
    }

    /**
     * Creates a FIFO (named pipe) at {@code path} with the system's {@code mkfifo}.
     *
     * @return false when the platform has no {@code mkfifo} (the caller skips with a reason)
     */
    public static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether {@code /dev/zero} exists (Linux, macOS, the BSDs). */
    public static boolean hasDevZero() {
        return Files.exists(DEV_ZERO) && !Files.isRegularFile(DEV_ZERO);
    }

    /** A symbolic link at {@code link} to {@code target}, or false where links cannot be made. */
    public static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
