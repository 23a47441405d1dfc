package dev.superlevel.io.image;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.Page;
import dev.superlevel.io.AtomicFiles;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a figure as a one-page PDF through OrsonPDF's {@link PDFGraphics2D}, atomically, with text
 * entries in the document information dictionary, and reads them back.
 *
 * <p>Text is drawn as PDF text (the standard Helvetica/Times/Courier fonts, so it can be selected and
 * extracted), shapes as paths, an image (the heat map at the grid's resolution) as one image XObject; the
 * page is {@code width × height} pt. OrsonPDF writes only a title into the information dictionary, so the
 * entries are added as an <em>incremental update</em> (PDF 1.4 §3.4.5): a new information dictionary, an
 * xref section for it and a trailer whose {@code /Prev} points at OrsonPDF's, appended to its bytes.
 * Readers that honour updates (all of them) see the new dictionary; each entry's key becomes a name
 * ({@code superlevel-session} → {@code /superlevel-session}) and its text a UTF-16BE hex string.
 * Stateless and thread-safe.
 */
public final class PdfWriter {

    private static final Pattern TRAILER = Pattern.compile(
            "trailer\\s*<<(.*?)>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("/Root\\s+(\\d+\\s+\\d+)\\s+R");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");

    private PdfWriter() {
    }

    /**
     * Draws {@code painter} on a {@code width × height} page titled {@code title} and writes the PDF to
     * {@code target} with the metadata entries (keys: 1–64 characters of letters, digits, '-', '_', '.').
     *
     * @throws IOException the target cannot be written; the message names the path and the reason
     */
    public static void write(Path target, int width, int height, String title, FigurePainter painter,
            Map<String, String> metadata) throws IOException {
        metadata.keySet().forEach(PdfWriter::checkKey);
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        Page page = doc.createPage(new Rectangle(width, height));
        PDFGraphics2D g = page.getGraphics2D();
        painter.paint(g);
        byte[] pdf = withInfo(doc.getPDFBytes(), title, metadata);
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    /** {@code pdf} with an incremental update whose information dictionary holds the title and the entries. */
    static byte[] withInfo(byte[] pdf, String title, Map<String, String> metadata) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher trailer = TRAILER.matcher(text);
        Matcher root;
        Matcher size;
        if (!trailer.find() || !(root = ROOT.matcher(trailer.group(1))).find()
                || !(size = SIZE.matcher(trailer.group(1))).find()) {
            throw new IllegalStateException("OrsonPDF wrote no readable trailer");
        }
        int info = Integer.parseInt(size.group(1));
        StringBuilder update = new StringBuilder("\n");
        int infoOffset = pdf.length + 1;
        update.append(info).append(" 0 obj\n<< /Title ").append(hex(title)).append("\n/Producer ")
                .append(hex("Superlevel (OrsonPDF)")).append('\n');
        metadata.forEach((k, v) -> update.append('/').append(k).append(' ').append(hex(v)).append('\n'));
        update.append(">>\nendobj\n");
        int xref = pdf.length + update.length();
        update.append("xref\n0 1\n0000000000 65535 f \n").append(info).append(" 1\n")
                .append(String.format("%010d 00000 n \n", infoOffset))
                .append("trailer\n<< /Size ").append(info + 1).append(" /Root ").append(root.group(1))
                .append(" R /Info ").append(info).append(" 0 R /Prev ").append(trailer.group(2)).append(" >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + update.length());
        out.writeBytes(pdf);
        out.writeBytes(update.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /**
     * The entries written by {@link #write} into the PDF at {@code file} (the last information dictionary's
     * hex strings under the names asked for): key → text; keys it does not carry are absent.
     *
     * @throws IOException the file is missing or not a PDF; the message names the file
     */
    public static Map<String, String> readMetadata(Path file, String... keys) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + file + ": no such file", e);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("%PDF-")) {
            throw new IOException("cannot read " + file + ": not a PDF (it does not start with %PDF-)");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String key : keys) {
            checkKey(key);
            Matcher m = Pattern.compile("/" + Pattern.quote(key) + "\\s*<([0-9A-Fa-f\\s]*)>").matcher(text);
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            if (last != null) {
                entries.put(key, unhex(last, file));
            }
        }
        return entries;
    }

    /** A PDF text string: UTF-16BE with its byte-order mark, as hex. */
    private static String hex(String s) {
        StringBuilder b = new StringBuilder("<FEFF");
        byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
        for (byte x : utf16) {
            b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return b.append('>').toString();
    }

    private static String unhex(String hex, Path file) throws IOException {
        String digits = hex.replaceAll("\\s", "");
        if (digits.length() % 2 == 1) {
            digits += "0";
        }
        byte[] b = new byte[digits.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        if (b.length < 2 || (b[0] & 0xFF) != 0xFE || (b[1] & 0xFF) != 0xFF) {
            throw new IOException("cannot read " + file + ": a Superlevel entry is not a UTF-16 text string");
        }
        return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }

    private static void checkKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("invalid PDF metadata key '" + key
                    + "': 1-64 letters, digits, '.', '_' or '-'");
        }
    }
}
