package dev.superlevel.io.image;

import static dev.superlevel.io.image.PngChunks.chunk;
import static dev.superlevel.io.image.PngChunks.concat;
import static dev.superlevel.io.image.PngChunks.deflatedZeros;
import static dev.superlevel.io.image.PngChunks.intBytes;
import static dev.superlevel.io.image.PngChunks.latin1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.superlevel.core.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

/** Issue 12 item 3: text chunks are read in one pass, non-Superlevel chunks skipped, inflation capped. */
class PngTextReaderTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String KEY = "superlevel-session";
    /** Signature (8) + IHDR (4 + 4 + 13 + 4): where extra chunks go. */
    private static final int AFTER_IHDR = 33;

    @TempDir
    Path dir;

    @Test
    void readsTheUncompressedChunksPngWriterWrites() throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put(KEY, "{\"é\":\"λ\"}");
        text.put("Software", "Superlevel");
        Path png = plainPng(text);
        assertEquals(text, PngTextReader.readAll(png));
        assertEquals(Map.of(KEY, "{\"é\":\"λ\"}"), PngTextReader.read(png, Set.of(KEY)));
    }

    @Test
    void readsCompressedTextOfEachKind() throws IOException {
        byte[] ztxt = concat(latin1("Comment\0"), new byte[] {0}, deflate(latin1("zipped Latin-1 ü")));
        byte[] itxt = concat(latin1(KEY + "\0"), new byte[] {1, 0}, latin1("\0\0"),
                deflate("{\"λ\":1}".getBytes(StandardCharsets.UTF_8)));
        Path png = withChunks(plainPng(Map.of()), chunk("zTXt", ztxt), chunk("iTXt", itxt));
        Map<String, String> all = PngTextReader.readAll(png);
        assertEquals("zipped Latin-1 ü", all.get("Comment"));
        assertEquals("{\"λ\":1}", all.get(KEY));
    }

    @Test
    void aChunkThatInflatesPastTheLimitIsRefusedQuickly() throws IOException {
        byte[] bomb = concat(latin1(KEY + "\0"), new byte[] {0}, deflatedZeros(64 << 20)); // 64 MiB from ~64 KiB
        Path png = withChunks(plainPng(Map.of()), chunk("zTXt", bomb));
        IOException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(IOException.class, () -> PngTextReader.read(png, Set.of(KEY))));
        assertEquals(png + ": PNG text chunk '" + KEY + "' holds more than "
                + Limits.bytes(Limits.MAX_PNG_TEXT_BYTES) + " of text (the limit)", e.getMessage());
    }

    @Test
    void chunksThatAreNotSuperlevelsAreSkippedUnread() throws IOException {
        byte[] bomb = concat(latin1("Comment\0"), new byte[] {0}, deflatedZeros(64 << 20));
        Path png = withChunks(plainPng(Map.of(KEY, "{}")), chunk("zTXt", bomb));
        assertEquals(Map.of(KEY, "{}"), assertTimeoutPreemptively(HANG_GUARD, () -> PngTextReader.read(png, Set.of(KEY))));
        // the same chunk is refused when it is asked for: it was skipped, not read
        assertThrows(IOException.class, () -> PngTextReader.readAll(png));
    }

    @Test
    void hugeForeignChunksAreSkippedWithoutReadingThem() throws IOException {
        // four 100 MB chunks (sparse on disk) before the session: skipped by seeking, in one pass
        Path png = dir.resolve("big.png");
        byte[] plain = Files.readAllBytes(plainPng(Map.of(KEY, "{\"a\":1}")));
        try (FileChannel out = FileChannel.open(png, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            out.write(ByteBuffer.wrap(plain, 0, AFTER_IHDR));
            int length = 100_000_000;
            for (int k = 0; k < 4; k++) {
                out.write(ByteBuffer.wrap(concat(intBytes(length), latin1("tEXt"), latin1("Junk\0"))));
                out.position(out.position() + length - 5);
                out.write(ByteBuffer.wrap(intBytes(0))); // CRC: not checked
            }
            out.write(ByteBuffer.wrap(plain, AFTER_IHDR, plain.length - AFTER_IHDR));
        }
        Map<String, String> text = assertTimeoutPreemptively(HANG_GUARD, () -> PngTextReader.read(png, Set.of(KEY)));
        assertEquals(Map.of(KEY, "{\"a\":1}"), text);
    }

    @Test
    void aFileThatIsNotAPngIsNamed() throws IOException {
        Path f = Files.writeString(dir.resolve("x.png"), "GIF89a...");
        IOException e = assertThrows(IOException.class, () -> PngTextReader.read(f, Set.of(KEY)));
        assertEquals(f + ": is not a PNG file (no PNG signature)", e.getMessage());
    }

    @Test
    void aTruncatedPngGivesWhatItHolds() throws IOException {
        byte[] plain = Files.readAllBytes(plainPng(Map.of(KEY, "{}")));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(plain, AFTER_IHDR + 3));
        assertEquals(Map.of(), PngTextReader.read(cut, Set.of(KEY)));
    }

    private Path plainPng(Map<String, String> text) throws IOException {
        Path png = Files.createTempFile(dir, "p", ".png");
        PngWriter.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), png, text);
        return png;
    }

    /** The PNG with {@code chunks} inserted right after IHDR. */
    private Path withChunks(Path png, byte[]... chunks) throws IOException {
        byte[] plain = Files.readAllBytes(png);
        byte[] all = Arrays.copyOf(plain, AFTER_IHDR);
        for (byte[] c : chunks) {
            all = concat(all, c);
        }
        all = concat(all, Arrays.copyOfRange(plain, AFTER_IHDR, plain.length));
        return Files.write(png, all);
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater();
        deflater.setInput(bytes);
        deflater.finish();
        byte[] buffer = new byte[bytes.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

}
