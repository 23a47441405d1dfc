package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class SvgWriterTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    /** Two tick labels, a line and a 3×2 raster stretched over 300×200: what a figure is made of. */
    static void paintSample(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        g.drawString("-0.5", 10, 20);
        g.drawString("1.25", 10, 40);
        g.drawLine(0, 0, 100, 100);
        BufferedImage raster = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        raster.setRGB(0, 0, 0xFF123456);
        g.drawImage(raster, AffineTransform.getScaleInstance(100, 100), null);
    }

    @Test
    void svgIsXmlWithTextElementsAndOneEmbeddedImage() throws Exception {
        Path file = dir.resolve("f.svg");
        SvgWriter.write(file, 400, 300, SvgWriterTest::paintSample, Map.of());
        Document doc = SvgWriter.parser().parse(file.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("400.0", root.getAttribute("width"));
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertEquals(List.of("-0.5", "1.25"), texts);
        NodeList images = doc.getElementsByTagNameNS(SVG, "image");
        assertEquals(1, images.getLength());
        Element image = (Element) images.item(0);
        assertEquals("3.0", image.getAttribute("width"), "embedded at the raster's own resolution");
        String href = image.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href);
    }

    @Test
    void metadataRoundTripsWithMarkupAndUnicode() throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("superlevel-session", "{\"formula\" : \"a < b && c > 'd'\", \"λ\" : \"½\"}\nsecond line");
        meta.put("Software", "Superlevel dev");
        Path file = dir.resolve("m.svg");
        SvgWriter.write(file, 50, 40, g -> g.drawString("x", 1, 10), meta);
        assertEquals(meta, SvgWriter.readMetadata(file));
    }

    @Test
    void readingSomethingElseNamesTheFile() throws IOException {
        Path notXml = dir.resolve("n.svg");
        Files.writeString(notXml, "not <svg");
        IOException e = assertThrows(IOException.class, () -> SvgWriter.readMetadata(notXml));
        assertTrue(e.getMessage().startsWith("cannot read " + notXml + ": not a readable SVG"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> SvgWriter.readMetadata(dir.resolve("x.svg")));
        assertTrue(missing.getMessage().endsWith("no such file"), missing.getMessage());
    }
}
