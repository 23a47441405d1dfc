package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

class SampleCommandTest {

    @TempDir
    Path dir;

    @Test
    void npyHoldsTheSampledGridRowsAreY() throws IOException {
        Path file = dir.resolve("g.npy");
        CliRunner r = CliRunner.run("sample", "--function", "x + 10*y", "--domain", "0,2,0,1", "--grid", "3", "--out",
                file.toString());
        assertEquals(0, r.status(), r.err());
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        assertTrue(new String(bytes, 10, headerLength).contains("'shape': (3, 3)"));
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, 72).order(ByteOrder.LITTLE_ENDIAN);
        // Z[j, i] = x_i + 10 y_j with x = 0, 1, 2 and y = 0, 0.5, 1
        double[] expected = {0, 1, 2, 5, 6, 7, 10, 11, 12};
        for (double e : expected) {
            assertEquals(e, data.getDouble());
        }
    }

    @Test
    void vtiWithLambdaCarriesTheComponentLabelsOfTheSet() throws Exception {
        Path file = dir.resolve("g.vti");
        // |x| on 5 samples of [−2, 2]×[0, 1]: S_1 = {|x| ≥ 1} has two components, the columns x = ±1, ±2
        CliRunner r = CliRunner.run("sample", "--function", "abs(x)", "--domain", "-2,2,0,1", "--grid", "5",
                "--lambda", "1", "--connectivity", "4", "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element labels = (Element) doc.getElementsByTagName("DataArray").item(1);
        assertEquals("component", labels.getAttribute("Name"));
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(labels.getTextContent().strip()))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(4 * 25, b.getLong());
        int[] row = new int[5];
        for (int i = 0; i < 5; i++) {
            row[i] = b.getInt();
        }
        assertEquals(-1, row[2]);
        assertTrue(row[0] >= 0 && row[0] == row[1]);
        assertTrue(row[3] >= 0 && row[3] == row[4]);
        assertFalse(row[0] == row[3], "two components");
    }

    @Test
    void csvObjAndStlAreWritten() throws IOException {
        for (String ext : List.of("csv", "obj", "stl")) {
            Path file = dir.resolve("g." + ext);
            CliRunner r = CliRunner.run("sample", "--function", "himmelblau", "--grid", "16", "--lambda", "100",
                    "--out", file.toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(Files.size(file) > 0);
        }
        assertEquals(1 + 256, Files.readAllLines(dir.resolve("g.csv")).size());
        assertEquals(84 + 50 * 2 * 15 * 15, Files.size(dir.resolve("g.stl")));
    }

    @Test
    void badInputIsOneStderrLineWithStatusTwo() {
        CliRunner unknown = CliRunner.run("sample", "--function", "x", "--out", dir.resolve("g.ply").toString());
        assertTrue(unknown.isBadInputWithOneLine());
        assertEquals("error: cannot write 'g.ply': the file name must end in .vti, .npy, .obj, .stl or .csv",
                unknown.err().strip());
        assertTrue(CliRunner.run("sample", "--function", "x").isBadInputWithOneLine());
        assertTrue(CliRunner.run("sample", "--function", "x", "--exaggeration", "50", "--out",
                dir.resolve("g.stl").toString()).isBadInputWithOneLine());
        assertTrue(CliRunner.run("sample", "--function", "x", "--out", dir.resolve("missing/g.npy").toString())
                .isBadInputWithOneLine());
    }
}
