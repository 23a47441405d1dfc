package dev.superlevel.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Issue 12 item 2: a path is read only if it is a regular file under a size limit. */
class InputFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aRegularFileWithinTheLimitIsRead() throws IOException {
        Path f = Files.write(dir.resolve("a.txt"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, InputFiles.readBytes(f, 3, "file"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path f = Files.write(dir.resolve("a.txt"), new byte[4]);
        InputFileException e = assertThrows(InputFileException.class, () -> InputFiles.readBytes(f, 3, "session file"));
        assertEquals(f + ": session file is 4 bytes, more than the limit of 3 bytes", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("gone.fn");
        InputFileException e = assertThrows(InputFileException.class, () -> InputFiles.readText(f, 10, "function file"));
        assertEquals(f + ": no such function file", e.getMessage());
    }

    @Test
    void aDirectoryIsNamedAsSuch() {
        InputFileException e = assertThrows(InputFileException.class, () -> InputFiles.readText(dir, 10, "data set"));
        assertEquals(dir + ": is a directory, not a data set", e.getMessage());
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() {
        Path fifo = dir.resolve("pipe");
        assumeTrue(SpecialFiles.mkfifo(fifo), "no mkfifo on this platform");
        InputFileException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InputFileException.class, () -> InputFiles.readText(fifo, 10, "session file")));
        assertEquals(fifo + ": is a FIFO (named pipe), not a session file", e.getMessage());
    }

    @Test
    void aSymbolicLinkToADeviceIsRefusedAsTheDevice() {
        assumeTrue(SpecialFiles.hasDevZero(), "no /dev/zero on this platform");
        Path link = dir.resolve("zero.fn");
        assumeTrue(SpecialFiles.symlink(link, SpecialFiles.DEV_ZERO), "cannot make symbolic links here");
        InputFileException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InputFileException.class, () -> InputFiles.readText(link, 1 << 20, "function file")));
        assertEquals(link + ": is a character device, not a function file", e.getMessage());
    }

    @Test
    void aSymbolicLinkToARegularFileIsFollowed() throws IOException {
        Path target = Files.writeString(dir.resolve("t.txt"), "hello");
        Path link = dir.resolve("l.txt");
        assumeTrue(SpecialFiles.symlink(link, target), "cannot make symbolic links here");
        assertEquals("hello", InputFiles.readText(link, 5, "file"));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path f = Files.write(dir.resolve("bom.fn"), "\uFEFFtitle = t".getBytes(StandardCharsets.UTF_8));
        assertEquals("title = t", InputFiles.readText(f, 100, "function file"));
    }

    @Test
    void bytesThatAreNotUtf8AreNotText() throws IOException {
        Path f = Files.write(dir.resolve("bin.fn"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        InputFileException e = assertThrows(InputFileException.class, () -> InputFiles.readText(f, 100, "function file"));
        assertEquals(f + ": is not a text file (not UTF-8); a function file is UTF-8 text", e.getMessage());
    }

    @Test
    void nulBytesAreNotText() throws IOException {
        Path f = Files.write(dir.resolve("nul.fn"), new byte[] {'a', 0, 'b'});
        InputFileException e = assertThrows(InputFileException.class, () -> InputFiles.readText(f, 100, "function file"));
        assertEquals(f + ": is not a text file (it holds NUL bytes); a function file is UTF-8 text", e.getMessage());
    }

    @Test
    void kindOfNamesWhatAPathIs() throws IOException {
        assertEquals("a directory", InputFiles.kindOf(dir));
        assertEquals("a regular file", InputFiles.kindOf(Files.writeString(dir.resolve("f"), "")));
        assertEquals("missing", InputFiles.kindOf(dir.resolve("nothing")));
    }
}
