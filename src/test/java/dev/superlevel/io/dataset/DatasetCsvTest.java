package dev.superlevel.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class DatasetCsvTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String errorOf(String text, int classCount) throws IOException {
        Path p = file("bad.csv", text);
        return assertThrows(DatasetFormatException.class, () -> DatasetCsv.read(p, classCount)).getMessage();
    }

    @Test
    void readsFeaturesLabelsAndDefaultRho() throws IOException {
        Dataset d = DatasetCsv.read(file("ok.csv", "x1,x2,label\n0.5,-1,0\n\n2,3e-1,1\n"));
        assertEquals(2, d.size());
        assertEquals(2, d.featureCount());
        assertEquals(2, d.classCount());
        assertEquals(0.3, d.feature(1, 1), 0.0);
        assertEquals(1, d.label(1));
        assertEquals(1.0, d.rho(0), 0.0);
        assertEquals("ok.csv", d.name());
    }

    @Test
    void acceptsColumnsInAnyOrderWithQuotesBomCrlfAndExtraFeatures() throws IOException {
        Dataset d = DatasetCsv.read(file("ok.csv", "\uFEFF\"rho\",label,x2,x1,x3\r\n0.25,2,1,2,3\r\n"));
        assertEquals(3, d.featureCount());
        assertEquals(3, d.classCount());
        assertEquals(2.0, d.feature(0, 0), 0.0);
        assertEquals(1.0, d.feature(0, 1), 0.0);
        assertEquals(3.0, d.feature(0, 2), 0.0);
        assertEquals(0.25, d.rho(0), 0.0);
    }

    @Test
    void reportsEmptyFile() throws IOException {
        assertEquals("bad.csv: empty file, expected a header line x1,x2,label[,rho]", errorOf("\n  \n", 0));
    }

    @Test
    void reportsHeaderWithoutRows() throws IOException {
        assertEquals("bad.csv: line 1: no data rows after the header", errorOf("x1,x2,label\n", 0));
    }

    @Test
    void reportsMissingLabelColumn() throws IOException {
        assertEquals("bad.csv: line 1: missing column 'label' in the header", errorOf("x1,x2\n1,2\n", 0));
    }

    @Test
    void reportsMissingFeatureColumn() throws IOException {
        assertEquals("bad.csv: line 1: missing column 'x2' in the header", errorOf("x1,label,x3\n1,0,2\n", 0));
    }

    @Test
    void reportsUnknownColumnWithItsPosition() throws IOException {
        assertEquals("bad.csv: line 1, column 3: unknown column 'weight', expected x1,x2[,x3…],label[,rho]",
                errorOf("x1,x2,weight,label\n1,2,3,0\n", 0));
    }

    @Test
    void reportsRepeatedColumn() throws IOException {
        assertEquals("bad.csv: line 1, column 3: column 'x1' appears twice (also column 1)",
                errorOf("x1,x2,x1,label\n1,2,3,0\n", 0));
    }

    @Test
    void reportsWrongCellCount() throws IOException {
        assertEquals("bad.csv: line 3: 2 cells, but the header has 3 columns",
                errorOf("x1,x2,label\n1,2,0\n1,2\n", 0));
    }

    @Test
    void reportsNonNumericCellWithLineColumnAndName() throws IOException {
        assertEquals("bad.csv: line 3, column 2 (x2): 'abc' is not a number",
                errorOf("x1,x2,label\n1,2,0\n1,abc,1\n", 0));
    }

    @Test
    void reportsNonFiniteCell() throws IOException {
        assertEquals("bad.csv: line 2, column 1 (x1): 'NaN' is not a finite number",
                errorOf("x1,x2,label\nNaN,2,0\n", 0));
    }

    @Test
    void reportsNonIntegerLabel() throws IOException {
        assertEquals("bad.csv: line 2, column 3 (label): '0.5' is not an integer class label",
                errorOf("x1,x2,label\n1,2,0.5\n", 0));
    }

    @Test
    void reportsLabelOutOfModelRange() throws IOException {
        assertEquals("bad.csv: line 3, column 1 (label): label 2 is out of range 0..1 (the model has 2 classes)",
                errorOf("label,x1,x2\n0,1,2\n2,1,2\n", 2));
    }

    @Test
    void reportsNegativeLabel() throws IOException {
        assertEquals("bad.csv: line 2, column 3 (label): label -1 is out of range 0..255 (at most 256 classes)",
                errorOf("x1,x2,label\n1,2,-1\n", 0));
    }

    @Test
    void reportsRhoOutsideUnitInterval() throws IOException {
        assertEquals("bad.csv: line 2, column 4 (rho): rho 1.5 is outside [0, 1]",
                errorOf("x1,x2,label,rho\n1,2,0,1.5\n", 0));
    }

    @Test
    void reportsUnreadableFileWithItsName() {
        Path missing = dir.resolve("missing.csv");
        Exception e = assertThrows(java.io.UncheckedIOException.class, () -> DatasetCsv.read(missing));
        assertEquals(missing + ": no such data set", e.getMessage());
    }
}
