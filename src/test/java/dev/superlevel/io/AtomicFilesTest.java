package dev.superlevel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

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

    // issue 12 item 1: atomic replacement is for regular files only

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = dir.resolve("link.txt");
        assumeTrue(SpecialFiles.symlink(link, real), "cannot make symbolic links here");
        AtomicFiles.writeText(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        assertEquals(2, fileCount());
    }

    @Test
    void aDanglingSymbolicLinkCreatesItsTarget() throws IOException {
        Path link = dir.resolve("link.txt");
        assumeTrue(SpecialFiles.symlink(link, dir.resolve("made.txt")), "cannot make symbolic links here");
        AtomicFiles.writeText(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(dir.resolve("made.txt")));
    }

    @Test
    void aFifoIsRefusedAndLeftAlone() {
        Path fifo = dir.resolve("out.png");
        assumeTrue(SpecialFiles.mkfifo(fifo), "no mkfifo on this platform");
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> AtomicFiles.writeText(fifo, "x")));
        assertEquals("cannot write " + fifo + ": it is a FIFO (named pipe); only a regular file is replaced",
                e.getMessage());
        assertFalse(Files.isRegularFile(fifo), "the FIFO was not replaced");
    }

    @Test
    void aDeviceIsRefusedBeforeAnythingIsWritten() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null on this platform");
        // only the check: a broken write here would replace /dev/null when run as root
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.checkWritable(devNull));
        assertEquals("cannot write /dev/null: it is a character device; only a regular file is replaced",
                e.getMessage());
    }

    @Test
    void aSymbolicLinkToADeviceIsRefused() {
        assumeTrue(SpecialFiles.hasDevZero(), "no /dev/zero on this platform");
        Path link = dir.resolve("out.png");
        assumeTrue(SpecialFiles.symlink(link, SpecialFiles.DEV_ZERO), "cannot make symbolic links here");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(link, "x"));
        assertEquals("cannot write " + link + ": it is a character device; only a regular file is replaced",
                e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void terminatingTheProcessMidWriteRemovesTheTemporaryFile() throws Exception {
        // issue 12 item 11: SIGTERM (what Ctrl+C's SIGINT also does: run the shutdown hooks) during a write
        Path target = dir.resolve("a.gif");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                AtomicFilesShutdownProbe.class.getName(), target.toString()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
            String line = assertTimeoutPreemptively(Duration.ofSeconds(60), out::readLine);
            assertEquals("writing", line);
            assertEquals(1, fileCount(), "the temporary file exists while writing");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the probe ended");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, fileCount(), "no temporary file and no target left");
    }
}
