package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

class GifWriterTest {

    @TempDir
    Path dir;

    private static BufferedImage frame(int k) {
        BufferedImage img = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                img.setRGB(x, y, x < k * 5 ? 0xFFFF0000 : 0xFF0000FF);
            }
        }
        return img;
    }

    @Test
    void writesEveryFrameWithTheRequestedDelay() throws IOException {
        Path gif = dir.resolve("a.gif");
        List<Double> progress = new ArrayList<>();
        GifWriter.write(gif, 4, GifWriterTest::frame, 10, true, Cancellation.NONE, progress::add);
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), progress);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(1).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("10", gce.getAttribute("delayTime"));
            assertEquals(0xFFFF0000, reader.read(2).getRGB(9, 5));
            assertEquals(0xFF0000FF, reader.read(2).getRGB(10, 5));
        }
    }

    @Test
    void cancellingLeavesNoFile() throws IOException {
        Path gif = dir.resolve("b.gif");
        int[] calls = {0};
        Cancellation cancelAfterTwo = () -> ++calls[0] > 2;
        assertThrows(CancelledException.class,
                () -> GifWriter.write(gif, 5, GifWriterTest::frame, 10, true, cancelAfterTwo, p -> { }));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertFalse(Files.exists(gif));
    }

    @Test
    void framesRunFromTheStartToTheLastStep() {
        assertEquals(0, GifWriter.stepOfFrame(0, 5, 300));
        assertEquals(150, GifWriter.stepOfFrame(2, 5, 300));
        assertEquals(300, GifWriter.stepOfFrame(4, 5, 300));
        assertEquals(300, GifWriter.stepOfFrame(0, 1, 300));
        assertEquals(3, GifWriter.stepOfFrame(5, 7, 3), "5·3/6 = 2.5 rounds up");
        assertEquals(1, GifWriter.stepOfFrame(2, 7, 3));
    }

    @Test
    void refusesARateGifCannotExpress() {
        assertThrows(IllegalArgumentException.class,
                () -> GifWriter.write(dir.resolve("c.gif"), 2, GifWriterTest::frame, 120, true, Cancellation.NONE, p -> { }));
    }
}
