package dev.superlevel.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way Superlevel writes a file: into a temporary file in the target's folder, then moved over
 * the target (atomically where the file system can). A reader never sees half a file, and a failed or
 * cancelled write leaves no file behind: the temporary file is deleted and the old target, if any, is
 * untouched. Thread-safe (no state).
 */
public final class AtomicFiles {

    /** Writes a file's bytes; may throw to abort the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @throws IOException "cannot write TARGET: REASON" when the folder is missing, the target is a
     *     folder, or the file system refuses; a {@link RuntimeException} from {@code content} (such as a
     *     cancellation) passes through unchanged, after the temporary file is deleted
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": " + absolute + " is a folder");
        }
        Path temp;
        try {
            temp = createTemp(folder, absolute);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } catch (RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * An empty temporary file next to {@code target} with the permissions the target will have: an
     * existing target's own (overwriting keeps them), else those of any new file, 0666 less the umask.
     * ({@code Files.createTempFile} would make it 0600, and the move would carry that over.)
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp); // no attributes: the process's umask applies, as for any program
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try {
                keepPermissions(target, temp);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return temp;
        }
    }

    /** Gives {@code temp} the POSIX permissions of an existing {@code target}; nothing elsewhere. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically; see {@link #write(Path, Content)}. */
    public static void writeText(Path target, CharSequence text) throws IOException {
        write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A short human reason for a failed file operation. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
