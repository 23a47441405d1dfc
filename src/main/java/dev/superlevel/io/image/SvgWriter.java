package dev.superlevel.io.image;

import dev.superlevel.io.AtomicFiles;
import org.jfree.svg.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a figure as SVG through JFreeSVG's {@link SVGGraphics2D}, atomically, with text entries in the
 * SVG's {@code <metadata>}, and reads them back.
 *
 * <p>What the painter draws stays what it is: text as {@code <text>} elements, lines, paths and markers as
 * vector elements, and an image (the heat map with its level-set shading, drawn at the grid's resolution)
 * as one embedded PNG {@code <image>}. Each metadata entry is an element
 * {@code <sl:entry key="KEY">TEXT</sl:entry>} in the namespace {@value #NAMESPACE}, inserted as the first
 * child of the root. Stateless and thread-safe.
 */
public final class SvgWriter {

    /** Namespace of the metadata entries. */
    public static final String NAMESPACE = "https://superlevel.dev/ns/figure";

    private SvgWriter() {
    }

    /**
     * Draws {@code painter} on a {@code width × height} canvas and writes the SVG to {@code target}.
     *
     * @throws IOException the target cannot be written; the message names the path and the reason
     */
    public static void write(Path target, int width, int height, FigurePainter painter, Map<String, String> metadata)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        try {
            painter.paint(g);
        } finally {
            g.dispose();
        }
        AtomicFiles.writeText(target, withMetadata(g.getSVGDocument(), metadata));
    }

    /** {@code svg} with a {@code <metadata>} element holding the entries as the root's first child. */
    static String withMetadata(String svg, Map<String, String> metadata) {
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalStateException("JFreeSVG wrote no <svg> element");
        }
        StringBuilder m = new StringBuilder("<metadata>");
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            m.append("<sl:entry xmlns:sl='").append(NAMESPACE).append("' key='").append(escape(e.getKey()))
                    .append("'>").append(escape(e.getValue())).append("</sl:entry>");
        }
        m.append("</metadata>");
        return svg.substring(0, end + 1) + m + svg.substring(end + 1);
    }

    /**
     * The metadata entries of the SVG at {@code file}, key → text in file order (empty for an SVG without
     * Superlevel metadata).
     *
     * @throws IOException the file is missing or not XML; the message names the file
     */
    public static Map<String, String> readMetadata(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + file + ": no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("cannot read " + file + ": not a readable SVG (not UTF-8 text)", e);
        }
        Document doc;
        try {
            doc = parser().parse(new InputSource(new StringReader(text)));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("cannot read " + file + ": not a readable SVG (" + e.getMessage() + ")", e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(NAMESPACE, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            entries.put(e.getAttribute("key"), e.getTextContent());
        }
        return entries;
    }

    /** A namespace-aware parser that never fetches the DTD JFreeSVG names nor any other external entity. */
    static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\'' -> b.append("&apos;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
