package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

class PdfWriterTest {

    @TempDir
    Path dir;

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void pdfStartsWithTheHeaderAndRoundTripsItsMetadata() throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("superlevel-session", "{\"f\" : \"(a) \\\\ b <c>\", \"λ\" : 1}");
        meta.put("superlevel-figure", "{\"figure\":\"composite\"}");
        Path file = dir.resolve("f.pdf");
        PdfWriter.write(file, 400, 300, "Superlevel: test", SvgWriterTest::paintSample, meta);
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(latin1(bytes).startsWith("%PDF-"));
        assertEquals(meta, PdfWriter.readMetadata(file, "superlevel-session", "superlevel-figure"));
        assertEquals(Map.of(), PdfWriter.readMetadata(file, "absent"));
    }

    @Test
    void theIncrementalUpdateIsAWellFormedXrefSection() throws IOException {
        Path file = dir.resolve("x.pdf");
        PdfWriter.write(file, 100, 80, "t", g -> g.drawString("a", 1, 10), Map.of("k", "v"));
        String pdf = latin1(Files.readAllBytes(file));
        Matcher last = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(pdf);
        assertTrue(last.find());
        int xref = Integer.parseInt(last.group(1));
        assertTrue(pdf.startsWith("xref\n0 1\n0000000000 65535 f \n", xref), pdf.substring(xref));
        Matcher entry = Pattern.compile("(\\d+) 1\n(\\d{10}) 00000 n \ntrailer").matcher(pdf.substring(xref));
        assertTrue(entry.find());
        int offset = Integer.parseInt(entry.group(2));
        assertTrue(pdf.startsWith(entry.group(1) + " 0 obj", offset), "the xref entry points at the new Info object");
        Matcher prev = Pattern.compile("/Prev (\\d+)").matcher(pdf.substring(xref));
        assertTrue(prev.find());
        assertTrue(pdf.startsWith("xref", Integer.parseInt(prev.group(1))), "/Prev points at OrsonPDF's xref");
    }

    @Test
    void tickLabelsAreTextInTheContentStream() throws IOException, DataFormatException {
        Path file = dir.resolve("t.pdf");
        PdfWriter.write(file, 400, 300, "t", SvgWriterTest::paintSample, Map.of());
        byte[] bytes = Files.readAllBytes(file);
        String pdf = latin1(bytes);
        StringBuilder content = new StringBuilder();
        Matcher stream = Pattern.compile("/FlateDecode\\]?\\s*/Length (\\d+)\\s*>>\\s*stream\r?\n").matcher(pdf);
        while (stream.find()) {
            int length = Integer.parseInt(stream.group(1));
            Inflater inflater = new Inflater();
            inflater.setInput(bytes, stream.end(), length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished() && !inflater.needsInput()) {
                out.write(buf, 0, inflater.inflate(buf));
            }
            content.append(latin1(out.toByteArray()));
        }
        assertTrue(content.toString().contains("(-0.5) Tj"), content.toString());
        assertTrue(content.toString().contains("(1.25) Tj"), content.toString());
        assertTrue(content.toString().contains(" Do"), "the raster is drawn as an image XObject");
    }

    @Test
    void readingSomethingElseNamesTheFile() throws IOException {
        Path notPdf = dir.resolve("n.pdf");
        Files.writeString(notPdf, "hello");
        IOException e = assertThrows(IOException.class, () -> PdfWriter.readMetadata(notPdf, "k"));
        assertEquals("cannot read " + notPdf + ": not a PDF (it does not start with %PDF-)", e.getMessage());
    }
}
