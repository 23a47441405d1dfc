package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

class PngWriterTest {

    @TempDir
    Path dir;

    @Test
    void textChunksSurviveARoundTrip() throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("superlevel-session", "{\"λ\":0.5,\"formula\":\"x² + y²\"}");
        text.put("Software", "Superlevel");
        Path png = dir.resolve("a.png");
        PngWriter.write(image(4, 3), png, text);
        assertEquals(text, PngWriter.readText(png));
    }

    @Test
    void pixelsSurviveARoundTrip() throws IOException {
        BufferedImage img = image(5, 2);
        Path png = dir.resolve("b.png");
        PngWriter.write(img, png, Map.of());
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(5, back.getWidth());
        assertEquals(2, back.getHeight());
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 5; x++) {
                assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path png = dir.resolve("c.png");
        Files.writeString(png, "old");
        PngWriter.write(image(2, 2), png, Map.of("k", "v"));
        assertEquals("v", PngWriter.readText(png).get("k"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList());
        }
    }

    @Test
    void missingFolderFailsWithAClearMessageAndWritesNothing() {
        Path png = dir.resolve("no-such-folder").resolve("d.png");
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(image(2, 2), png, Map.of()));
        assertTrue(e.getMessage().startsWith("cannot write " + png), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(png));
    }

    @Test
    void targetThatIsAFolderFailsAndLeavesNoPartialFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("e.png"));
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(image(2, 2), folder, Map.of()));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(folder), files.toList());
        }
    }

    @Test
    void unwritableFolderFailsAndLeavesNoPartialFile() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as root");
            Path png = locked.resolve("f.png");
            IOException e = assertThrows(IOException.class, () -> PngWriter.write(image(2, 2), png, Map.of()));
            assertTrue(e.getMessage().startsWith("cannot write " + png), e.getMessage());
            try (Stream<Path> files = Files.list(locked)) {
                assertEquals(0, files.count());
            }
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void invalidKeywordIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PngWriter.write(image(1, 1), dir.resolve("g.png"), Map.of("", "x")));
        assertTrue(e.getMessage().startsWith("invalid PNG text keyword ''"), e.getMessage());
    }

    @Test
    void readingAFileThatIsNotAPngFailsClearly() throws IOException {
        Path bogus = Files.writeString(dir.resolve("h.png"), "not a png");
        IOException e = assertThrows(IOException.class, () -> PngWriter.readText(bogus));
        assertEquals(bogus + ": is not a PNG file (no PNG signature)", e.getMessage());
    }

    private static BufferedImage image(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, 0xFF000000 | x * 40 << 16 | y * 60 << 8 | 0x33);
            }
        }
        return img;
    }
}
