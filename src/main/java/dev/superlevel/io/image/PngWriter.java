package dev.superlevel.io.image;
import dev.superlevel.io.AtomicFiles;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes PNG files with text chunks, atomically, and reads the text chunks back.
 *
 * <p>Each text entry becomes an uncompressed {@code iTXt} chunk (UTF-8, so JSON with any characters
 * survives). The file is first written to a temporary file in the target's folder and then moved over
 * the target with {@code ATOMIC_MOVE}: a reader never sees a half-written PNG, and a failed write leaves
 * neither a partial target nor a temporary file behind. Stateless and thread-safe.
 */
public final class PngWriter {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngWriter() {
    }

    /**
     * Writes {@code image} as PNG to {@code target} with the given text chunks (keyword → text, in order).
     *
     * @throws IllegalArgumentException a keyword is not 1–79 printable Latin-1 characters
     * @throws IOException the target cannot be written; the message names the path and the reason
     */
    public static void write(BufferedImage image, Path target, Map<String, String> textChunks) throws IOException {
        textChunks.keySet().forEach(PngWriter::checkKeyword);
        AtomicFiles.write(target, out -> encode(image, textChunks, out));
    }

    /**
     * The text chunks (tEXt, zTXt and iTXt) of the PNG at {@code file}, keyword → text in file order,
     * read by {@link PngTextReader} within its limits.
     */
    public static Map<String, String> readText(Path file) throws IOException {
        return PngTextReader.readAll(file);
    }

    private static void encode(BufferedImage image, Map<String, String> textChunks, OutputStream out)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            addText(metadata, textChunks);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    private static void addText(IIOMetadata metadata, Map<String, String> textChunks) throws IIOInvalidTreeException {
        if (textChunks.isEmpty()) {
            return;
        }
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : textChunks.entrySet()) {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", e.getKey());
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", e.getValue() == null ? "" : e.getValue());
            itxt.appendChild(entry);
        }
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(itxt);
        metadata.mergeTree(FORMAT, root);
    }

    private static void checkKeyword(String keyword) {
        boolean ok = keyword != null && !keyword.isEmpty() && keyword.length() <= 79
                && keyword.equals(keyword.trim()) && !keyword.contains("  ")
                && keyword.chars().allMatch(c -> c >= 32 && c <= 126 || c >= 161 && c <= 255)
                && StandardCharsets.ISO_8859_1.newEncoder().canEncode(keyword);
        if (!ok) {
            throw new IllegalArgumentException("invalid PNG text keyword '" + keyword
                    + "': must be 1-79 printable Latin-1 characters without leading, trailing or double spaces");
        }
    }

}
