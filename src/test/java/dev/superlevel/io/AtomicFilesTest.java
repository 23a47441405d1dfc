package dev.superlevel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        AtomicFiles.writeText(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals(1, fileCount());
    }

    @Test
    void aFailingWriteKeepsTheOldFileAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(1, fileCount());
    }

    @Test
    void aCancellationPassesThroughUnchangedAndLeavesNoFile() throws IOException {
        Path target = dir.resolve("never.txt");
        IllegalStateException cancelled = new IllegalStateException("cancelled");
        assertEquals(cancelled, assertThrows(IllegalStateException.class,
                () -> AtomicFiles.write(target, out -> {
                    throw cancelled;
                })));
        assertEquals(0, fileCount());
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = dir.resolve("missing").resolve("out.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(target, "x"));
        assertTrue(e.getMessage().startsWith("cannot write " + target + ": folder "), e.getMessage());
        assertTrue(e.getMessage().endsWith("does not exist"), e.getMessage());
    }

    private long fileCount() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileUnderTheUmask() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        // a file created the ordinary way (open with O_CREAT 0666) shows what the umask allows
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path target = dir.resolve("written.txt");
        AtomicFiles.writeText(target, "new");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
    }

    @Test
    void overwritingKeepsTheTargetsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path target = dir.resolve("shared.txt");
        Files.writeString(target, "old");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, mode);
        AtomicFiles.writeText(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals(mode, Files.getPosixFilePermissions(target));
        assertEquals(1, fileCount());
    }
}
