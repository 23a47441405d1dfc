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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way Superlevel writes a file: into a temporary file in the target's folder, then moved over
 * the target (atomically where the file system can). A reader never sees half a file, and a failed or
 * cancelled write leaves no file behind: the temporary file is deleted and the old target, if any, is
 * untouched. Thread-safe.
 *
 * <p>Only regular files are replaced (issue 12): a symbolic link is followed and its final target is
 * replaced (the link stays a link); a path that exists and is not a regular file (a device such as
 * {@code /dev/null}, a FIFO, a socket) is refused with a message, never renamed over. Temporary files
 * still in progress are registered and deleted by a JVM shutdown hook, so SIGINT or SIGTERM during a
 * long write (an animation) leaves no {@code .NAME.NNN.tmp} behind.
 */
public final class AtomicFiles {

    /** Writes a file's bytes; may throw to abort the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files being written right now; the shutdown hook deletes what is left. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "superlevel-temp-cleanup"));
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
        Path absolute = checkWritable(target);
        Path folder = absolute.getParent();
        Path temp;
        try {
            temp = createTemp(folder, absolute);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        PENDING.add(temp);
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
        } finally {
            PENDING.remove(temp);
        }
    }

    /**
     * Checks, without writing anything, that {@code target} can be written by {@link #write}: its folder
     * exists and it is absent or a regular file (after following symbolic links). Commands call this
     * for every output before writing the first, so that bad input writes nothing.
     *
     * @return the absolute path that will be replaced (a link's final target)
     * @throws IOException "cannot write TARGET: REASON"
     */
    public static Path checkWritable(Path target) throws IOException {
        Path absolute = followLinks(target.toAbsolutePath(), target);
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": " + absolute + " is a folder");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new IOException("cannot write " + target + ": it is " + InputFiles.kindOf(absolute)
                    + "; only a regular file is replaced");
        }
        return absolute;
    }

    /** The final target of a chain of symbolic links (a dangling link: the path it points at). */
    private static Path followLinks(Path path, Path target) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops >= 40) {
                throw new IOException("cannot write " + target + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.toAbsolutePath().getParent().resolve(link).normalize();
        }
        return p;
    }

    private static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // shutting down: nothing more can be done about this one, try the others
            }
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
