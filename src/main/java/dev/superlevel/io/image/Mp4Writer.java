package dev.superlevel.io.image;

import dev.superlevel.core.Cancellation;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureSpec;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;

/**
 * Writes an H.264 MP4 video frame by frame with jcodec's pure-Java encoder (no ffmpeg needed), with the
 * same frames, progress and cancellation as {@link GifWriter}: frame k of n shows the runs at
 * {@link GifWriter#stepOfFrame}; the token is checked before each frame, progress receives k/n after it.
 *
 * <p>The MP4 muxer seeks back to finish the file, so frames are encoded into a temporary file in the
 * target's folder, which is then copied over the target atomically ({@link AtomicFiles}) and deleted; a
 * failure or cancellation leaves neither. H.264 in 4:2:0 needs even dimensions: odd ones are refused.
 * Stateless and thread-safe.
 */
public final class Mp4Writer {

    private Mp4Writer() {
    }

    /** The animation of the runs' progress, as {@link GifWriter#animate}, as video at {@code framesPerSecond}. */
    public static void animate(Path target, CompositeScene scene, FigureSpec figure, int frameCount,
            double framesPerSecond, Cancellation cancel, DoubleConsumer progress) throws IOException {
        if (frameCount > GifWriter.MAX_FRAMES) {
            throw new IllegalArgumentException("animation has at most " + GifWriter.MAX_FRAMES + " frames, got "
                    + frameCount);
        }
        checkEven(figure.width(), figure.height());
        int last = scene.lastStep();
        write(target, frameCount, k -> figure.render(scene.atStep(GifWriter.stepOfFrame(k, frameCount, last))),
                framesPerSecond, cancel, progress);
    }

    /** Writes {@code frameCount} frames produced by {@code frames} at {@code framesPerSecond} (0 &lt; fps ≤ 120). */
    public static void write(Path target, int frameCount, IntFunction<BufferedImage> frames, double framesPerSecond,
            Cancellation cancel, DoubleConsumer progress) throws IOException {
        if (frameCount < 1) {
            throw new IllegalArgumentException("animation needs at least one frame, got " + frameCount);
        }
        if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
            throw new IllegalArgumentException("frame rate must be in (0, 120] frames per second, got "
                    + framesPerSecond);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".mp4.tmp");
        try {
            encode(temp, frameCount, frames, framesPerSecond, cancel, progress);
            AtomicFiles.write(target, out -> Files.copy(temp, out));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void encode(Path file, int frameCount, IntFunction<BufferedImage> frames, double fps,
            Cancellation cancel, DoubleConsumer progress) throws IOException {
        try (SeekableByteChannel channel = NIOUtils.writableChannel(file.toFile())) {
            AWTSequenceEncoder encoder = new AWTSequenceEncoder(channel,
                    Rational.R((int) Math.round(fps * 1000), 1000));
            for (int k = 0; k < frameCount; k++) {
                cancel.check();
                BufferedImage frame = rgb(frames.apply(k));
                checkEven(frame.getWidth(), frame.getHeight());
                encoder.encodeImage(frame);
                progress.accept((k + 1) / (double) frameCount);
            }
            encoder.finish();
        }
    }

    private static void checkEven(int width, int height) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("an MP4 (H.264) frame needs an even width and height, got " + width
                    + "x" + height);
        }
    }

    /** Video has no alpha: flatten onto white. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
