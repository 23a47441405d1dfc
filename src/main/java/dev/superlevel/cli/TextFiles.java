package dev.superlevel.cli;

import dev.superlevel.io.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes CLI output files atomically ({@link AtomicFiles}): a reader never sees half a file, a failed run leaves none. */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * Writes UTF-8 text produced by {@code content} to {@code target} atomically.
     *
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    static void writeAtomically(Path target, Consumer<Appendable> content) {
        try {
            AtomicFiles.write(target, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                content.accept(writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
