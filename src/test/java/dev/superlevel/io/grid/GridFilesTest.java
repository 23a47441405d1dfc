package dev.superlevel.io.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.surface3d.SurfaceMesh;
import dev.superlevel.render.surface3d.SurfaceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Round trips of the grid files, read back by minimal independent parsers of each format. */
class GridFilesTest {

    @TempDir
    Path dir;

    /** A 5×3 grid of L = x + 10y on [0, 4]×[−1, 1] with one undefined sample and an infinite one. */
    private static SampledField field() {
        GridSpec spec = new GridSpec(new Domain(0, 4, -1, 1), 5, 3);
        double[] v = new double[15];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 5; i++) {
                v[spec.index(i, j)] = spec.x(i) + 10 * spec.y(j);
            }
        }
        v[spec.index(2, 1)] = Double.NaN;
        v[spec.index(4, 2)] = Double.POSITIVE_INFINITY;
        return new SampledField(spec, v);
    }

    private static final int[] LABELS = {-1, -1, -1, -1, -1, 0, 0, -1, 0, 0, 1, 1, 1, 1, -1};

    @Test
    void npyReadsBackAsZjiFloat64WithItsShape() throws IOException {
        Path file = dir.resolve("f.npy");
        NpyWriter.write(field(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertEquals(0, (10 + headerLength) % 64, "data aligned to 64 bytes");
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 5), }", header.strip());
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, bytes.length - 10 - headerLength)
                .order(ByteOrder.LITTLE_ENDIAN);
        double[] back = new double[15];
        for (int k = 0; k < 15; k++) {
            back[k] = data.getDouble();
        }
        assertArrayEquals(field().values(), back);
        // Z[j, i] = L(x_i, y_j): row 0 is ymin = −1, so Z[0, 3] = 3 − 10
        assertEquals(-7.0, back[3]);
    }

    @Test
    void vtiReadsBackAsImageDataWithLossAndComponentPointArrays() throws Exception {
        Path file = dir.resolve("f.vti");
        VtiWriter.write(field(), LABELS, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element image = (Element) doc.getElementsByTagName("ImageData").item(0);
        assertEquals("0 4 0 2 0 0", image.getAttribute("WholeExtent"));
        assertEquals("0.0 -1.0 0", image.getAttribute("Origin"));
        assertEquals("1.0 1.0 1", image.getAttribute("Spacing"));
        assertEquals("UInt64", doc.getDocumentElement().getAttribute("header_type"));
        NodeList arrays = doc.getElementsByTagName("DataArray");
        assertEquals(2, arrays.getLength());
        Element loss = (Element) arrays.item(0);
        assertEquals("loss", loss.getAttribute("Name"));
        assertEquals("Float64", loss.getAttribute("type"));
        ByteBuffer l = decode(loss);
        assertEquals(8 * 15, l.getLong());
        double[] values = new double[15];
        for (int k = 0; k < 15; k++) {
            values[k] = l.getDouble();
        }
        assertArrayEquals(field().values(), values);
        Element component = (Element) arrays.item(1);
        assertEquals("component", component.getAttribute("Name"));
        ByteBuffer c = decode(component);
        assertEquals(4 * 15, c.getLong());
        int[] labels = new int[15];
        for (int k = 0; k < 15; k++) {
            labels[k] = c.getInt();
        }
        assertArrayEquals(LABELS, labels);
    }

    private static ByteBuffer decode(Element array) {
        return ByteBuffer.wrap(Base64.getDecoder().decode(array.getTextContent().strip()))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void vtiWithoutLabelsHasOnlyTheLossArray() throws Exception {
        Path file = dir.resolve("f.vti");
        VtiWriter.write(field(), null, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals(1, doc.getElementsByTagName("DataArray").getLength());
    }

    @Test
    void csvHasOneRowPerSampleXFastest() throws IOException {
        Path file = dir.resolve("f.csv");
        GridCsvWriter.write(field(), LABELS, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(16, lines.size());
        assertEquals("x,y,loss,component", lines.get(0));
        assertEquals("1.0,-1.0,-9.0,-1", lines.get(2));
        assertEquals("2.0,0.0,NaN,-1", lines.get(1 + 7));
        assertEquals("4.0,1.0,Infinity,-1", lines.get(15));
    }

    @Test
    void stlHasTwoTrianglesPerDefinedCellAndItsSizeFollows() throws IOException {
        Path file = dir.resolve("f.stl");
        SurfaceMesh mesh = SurfaceExport.mesh(field(), SurfaceView.defaults());
        MeshWriter.writeStl(mesh, file);
        byte[] bytes = Files.readAllBytes(file);
        int count = ByteBuffer.wrap(bytes, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        // 4×2 cells; the NaN at (2, 1) removes 4 of them, the ∞ at (4, 2) one more: 3 cells left
        assertEquals(6, count);
        assertEquals(84 + 50 * 6, bytes.length);
        // the first record's normal is at bytes 84..95; its z component at 92
        float nz = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getFloat(92);
        assertEquals(true, nz > 0, "normals point up");
    }

    @Test
    void objListsTheUsedVerticesWithColoursAndOneBasedFaces() throws IOException {
        Path file = dir.resolve("f.obj");
        SurfaceExport.write(LandscapeScene.of(field(), 0), SurfaceView.defaults(), file);
        List<String> lines = Files.readAllLines(file);
        long vertices = lines.stream().filter(s -> s.startsWith("v ")).count();
        long faces = lines.stream().filter(s -> s.startsWith("f ")).count();
        assertEquals(6, faces);
        // the 3 cells left, (0,0), (3,0) and (0,1), use these corners: (0,0),(1,0),(0,1),(1,1),(3,0),(4,0),
        // (3,1),(4,1),(0,2),(1,2): 10 vertices
        assertEquals(10, vertices);
        Matcher m = Pattern.compile("v (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)").matcher(lines.get(1));
        assertEquals(true, m.matches(), lines.get(1));
        for (int g = 4; g <= 6; g++) {
            double c = Double.parseDouble(m.group(g));
            assertEquals(true, c >= 0 && c <= 1);
        }
    }

    @Test
    void anUnknownExtensionIsRefusedNamingTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurfaceExport.write(LandscapeScene.of(field(), 0), SurfaceView.defaults(), dir.resolve("f.ply")));
        assertEquals("cannot write 'f.ply': the file name must end in .vti, .npy, .obj, .stl or .csv", e.getMessage());
    }
}
