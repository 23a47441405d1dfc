package dev.superlevel.io.image;
import dev.superlevel.core.Cancellation;
import dev.superlevel.io.AtomicFiles;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureSpec;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;

/**
 * Writes an animated GIF (javax.imageio) frame by frame, atomically like {@link PngWriter}.
 *
 * <p>Frames are produced on demand by {@code frames.apply(k)} for k = 0..frameCount−1 (so a long
 * animation never holds every frame in memory), each shown 1/framesPerSecond s (GIF delays are in
 * 1/100 s, so rates above 50 fps are not representable and are refused). With {@code loop} the file
 * carries the NETSCAPE2.0 extension and repeats forever. The cancellation token is checked before each
 * frame; cancelling deletes the partial file and rethrows. Progress receives k/frameCount after each
 * frame. Frames are converted to 256 colours by the JDK's palette builder.
 */
public final class GifWriter {

    /** Most frames an animation may have. */
    public static final int MAX_FRAMES = dev.superlevel.core.Limits.MAX_FRAMES;

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifWriter() {
    }

    /**
     * The animation of the runs' progress: {@code frameCount} frames of {@code figure} drawing
     * {@code scene} at step {@link #stepOfFrame}, looping, at {@code framesPerSecond}. The app's export and
     * the CLI {@code render --animate} both go through here.
     */
    public static void animate(Path target, CompositeScene scene, FigureSpec figure, int frameCount,
            double framesPerSecond, Cancellation cancel, DoubleConsumer progress) throws IOException {
        animate(target, scene, figure, frameCount, framesPerSecond, cancel, progress, List.of());
    }

    /**
     * As {@link #animate(Path, CompositeScene, FigureSpec, int, double, Cancellation, DoubleConsumer)}, with
     * {@code comments} (such as the session JSON) as GIF comment extensions of the first frame, in order;
     * {@link #readComments} gives them back. Characters outside ASCII are written as JSON-style
     * escapes (backslash, u, four hex digits) (GIF comments are 7-bit text), so JSON survives unchanged in meaning.
     */
    public static void animate(Path target, CompositeScene scene, FigureSpec figure, int frameCount,
            double framesPerSecond, Cancellation cancel, DoubleConsumer progress, List<String> comments)
            throws IOException {
        if (frameCount > MAX_FRAMES) {
            throw new IllegalArgumentException("animation has at most " + MAX_FRAMES + " frames, got " + frameCount);
        }
        int last = scene.lastStep();
        write(target, frameCount, k -> figure.render(scene.atStep(stepOfFrame(k, frameCount, last))),
                framesPerSecond, true, cancel, progress, comments);
    }

    /**
     * The step frame k of n shows: round(k·T/(n−1)), so frame 0 is the start and the last frame shows
     * step T (the last row of any run); a single frame shows T.
     */
    public static int stepOfFrame(int k, int frameCount, int lastStep) {
        return frameCount == 1 ? lastStep : (int) Math.round(k * (double) lastStep / (frameCount - 1));
    }

    /** Writes {@code frameCount} frames produced by {@code frames}, see the class comment. */
    public static void write(Path target, int frameCount, IntFunction<BufferedImage> frames, double framesPerSecond,
            boolean loop, Cancellation cancel, DoubleConsumer progress) throws IOException {
        write(target, frameCount, frames, framesPerSecond, loop, cancel, progress, List.of());
    }

    /** As above, with comment extensions in the first frame (see {@link #animate}). */
    public static void write(Path target, int frameCount, IntFunction<BufferedImage> frames, double framesPerSecond,
            boolean loop, Cancellation cancel, DoubleConsumer progress, List<String> comments) throws IOException {
        if (frameCount < 1) {
            throw new IllegalArgumentException("animation needs at least one frame, got " + frameCount);
        }
        // a GIF delay is 1..65535 hundredths of a second: below MIN_FPS it would not fit (issue 12)
        if (!(framesPerSecond >= dev.superlevel.core.Limits.MIN_FPS
                && framesPerSecond <= dev.superlevel.core.Limits.MAX_FPS)) {
            throw new IllegalArgumentException("frame rate must be between " + dev.superlevel.core.Limits.MIN_FPS
                    + " and " + dev.superlevel.core.Limits.MAX_FPS + " frames per second, got " + framesPerSecond);
        }
        int delay = Math.max(1, (int) Math.round(100 / framesPerSecond));
        AtomicFiles.write(target, out -> encode(out, frameCount, frames, delay, loop, cancel, progress, comments));
    }

    /** The comment extensions of the GIF at {@code file}'s first frame, in order (empty if it has none). */
    public static List<String> readComments(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot read " + file + ": no such file");
            }
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(in, true, false);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
                List<String> comments = new ArrayList<>();
                for (int i = 0; i < root.getLength(); i++) {
                    if (root.item(i).getNodeName().equals("CommentExtensions")) {
                        IIOMetadataNode ext = (IIOMetadataNode) root.item(i);
                        for (int c = 0; c < ext.getLength(); c++) {
                            comments.add(((IIOMetadataNode) ext.item(c)).getAttribute("value"));
                        }
                    }
                }
                return comments;
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read " + file + ": not a readable GIF (" + e.getMessage() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void encode(OutputStream out, int frameCount, IntFunction<BufferedImage> frames, int delay,
            boolean loop, Cancellation cancel, DoubleConsumer progress, List<String> comments) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < frameCount; k++) {
                cancel.check();
                BufferedImage frame = opaque(frames.apply(k));
                IIOMetadata metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(frame), writer.getDefaultWriteParam());
                configure(metadata, delay, loop && k == 0, k == 0 ? comments : List.of());
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
                progress.accept((k + 1) / (double) frameCount);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void configure(IIOMetadata metadata, int delay, boolean loopExtension, List<String> comments)
            throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delay));
        gce.setAttribute("transparentColorIndex", "0");
        if (loopExtension) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        if (!comments.isEmpty()) {
            IIOMetadataNode ext = child(root, "CommentExtensions");
            for (String comment : comments) {
                IIOMetadataNode node = new IIOMetadataNode("CommentExtension");
                node.setAttribute("value", ascii(comment));
                ext.appendChild(node);
            }
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /**
     * {@code text} with every character outside printable ASCII (but newline) as a JSON escape: backslash,
     * u, four hex digits.
     */
    static String ascii(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 32 && c < 127 || c == '\n') {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /** GIF has no partial alpha: flatten onto an RGB image. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
