package dev.superlevel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/** Writes CLI output files atomically: a reader never sees half a file, a failed run leaves none. */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * Writes UTF-8 text produced by {@code content} to a temporary file next to {@code target}, then
     * moves it over the target.
     *
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    static void writeAtomically(Path target, Consumer<Appendable> content) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), ".superlevel-", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.accept(writer);
            }
            move(temp, absolute);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            throw new UncheckedIOException("cannot write " + target + ": " + reason,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
        }
    }
}
