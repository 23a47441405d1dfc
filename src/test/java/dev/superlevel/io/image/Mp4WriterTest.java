package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.CancelledException;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

class Mp4WriterTest {

    @TempDir
    Path dir;

    /** A 64×48 frame: black, with a white square that moves 6 px right per frame. */
    private static BufferedImage frame(int k) {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillRect(4 + 6 * k, 16, 16, 16);
        g.dispose();
        return img;
    }

    @Test
    void videoHasTheFramesAndDurationAskedFor() throws IOException, JCodecException {
        Path mp4 = dir.resolve("v.mp4");
        List<Double> progress = new ArrayList<>();
        Mp4Writer.write(mp4, 9, Mp4WriterTest::frame, 6, () -> false, progress::add);
        assertEquals(List.of(1 / 9.0, 2 / 9.0, 3 / 9.0, 4 / 9.0, 5 / 9.0, 6 / 9.0, 7 / 9.0, 8 / 9.0, 1.0), progress);
        try (SeekableByteChannel in = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(in);
            DemuxerTrackMeta meta = grab.getVideoTrack().getMeta();
            assertEquals(9, meta.getTotalFrames());
            assertEquals(1.5, meta.getTotalDuration(), 1e-9, "9 frames at 6 fps");
            Picture first = grab.getNativeFrame();
            BufferedImage decoded = AWTUtil.toBufferedImage(first);
            assertEquals(64, decoded.getWidth());
            assertEquals(48, decoded.getHeight());
            int inside = decoded.getRGB(12, 24) & 0xFF;
            int outside = decoded.getRGB(50, 24) & 0xFF;
            assertTrue(inside > 200 && outside < 50, "square where frame 0 drew it: " + inside + " / " + outside);
        }
    }

    @Test
    void cancellingLeavesNoFileBehind() throws IOException {
        Path mp4 = dir.resolve("c.mp4");
        int[] made = {0};
        assertThrows(CancelledException.class, () -> Mp4Writer.write(mp4, 20, k -> {
            made[0]++;
            return frame(k);
        }, 10, () -> made[0] >= 3, p -> { }));
        assertEquals(3, made[0]);
        assertFalse(Files.exists(mp4));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file left");
        }
    }

    @Test
    void oddFrameSizesAndBadRatesAreRefused() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class, () -> Mp4Writer.write(
                dir.resolve("o.mp4"), 2, k -> new BufferedImage(65, 48, BufferedImage.TYPE_INT_RGB), 10,
                () -> false, p -> { }));
        assertEquals("an MP4 (H.264) frame needs an even width and height, got 65x48", odd.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mp4Writer.write(dir.resolve("r.mp4"), 2,
                Mp4WriterTest::frame, 0, () -> false, p -> { }));
        assertFalse(Files.exists(dir.resolve("o.mp4")));
    }
}
