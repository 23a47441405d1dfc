package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.superlevel.core.Limits;
import dev.superlevel.io.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Issue 12 items 2, 6, 9, 12 for function files: read safely, limits checked, messages that say what is wrong. */
class FunctionFileHostileTest {

    private static final String BODY = "title = t\nexpression = x + y\ndomain = -1, 1, -1, 1\n";

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path f = Files.write(dir.resolve("bom.fn"), ("\uFEFF" + BODY).getBytes(StandardCharsets.UTF_8));
        assertEquals("t", FunctionFile.read(f).title());
        assertEquals("t", FunctionFile.parse("\uFEFF" + BODY, "bom", "bom.fn").title());
    }

    @Test
    void aBinaryFileIsNotAText() throws IOException {
        Path f = Files.write(dir.resolve("bin.fn"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
        FunctionFileException e = assertThrows(FunctionFileException.class, () -> FunctionFile.read(f));
        assertEquals(f + ": is not a text file (not UTF-8); a function file is UTF-8 text", e.getMessage());
    }

    @Test
    void aFifoIsNamedAndNotOpened() {
        Path fifo = dir.resolve("p.fn");
        assumeTrue(SpecialFiles.mkfifo(fifo), "no mkfifo on this platform");
        FunctionFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(FunctionFileException.class, () -> FunctionFile.read(fifo)));
        assertEquals(fifo + ": is a FIFO (named pipe), not a function file", e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("big.fn"), BODY + "#".repeat((int) Limits.MAX_FUNCTION_FILE_BYTES));
        FunctionFileException e = assertThrows(FunctionFileException.class, () -> FunctionFile.read(f));
        assertEquals(f + ": function file is " + Files.size(f) + " bytes, more than the limit of 1 MiB",
                e.getMessage());
    }

    @Test
    void aNumberBeyondDoubleRangeIsRefusedOnItsLine() {
        FunctionFileException e = assertThrows(FunctionFileException.class,
                () -> FunctionFile.parse(BODY + "lambda = 1e400\n", "t", "t.fn"));
        assertEquals("t.fn:4: lambda: '1e400' is too large for a double (at most about 1.8e308)", e.getMessage());
    }

    @Test
    void moreParametersThanTheLimitAreRefusedOnTheFirstOneTooMany() {
        StringBuilder text = new StringBuilder(BODY);
        for (int k = 0; k < 5000; k++) {
            text.append("param q").append(k).append(" = 1 in [0, 2]\n");
        }
        FunctionFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(FunctionFileException.class, () -> FunctionFile.parse(text.toString(), "t", "t.fn")));
        assertEquals("t.fn:" + (3 + Limits.MAX_PARAMETERS + 1) + ": more than " + Limits.MAX_PARAMETERS
                + " parameters (the limit)", e.getMessage());
    }

    @Test
    void aDataSetThatIsADirectoryIsNamedAsSuch() throws IOException {
        Files.createDirectory(dir.resolve("data.csv"));
        Path f = Files.writeString(dir.resolve("d.fn"), "dataset = data.csv\n");
        FunctionFileException e = assertThrows(FunctionFileException.class, () -> FunctionFile.read(f));
        assertEquals("d.fn:1: dataset: '" + dir.resolve("data.csv") + "' is a directory, not a data set",
                e.getMessage());
    }
}
