package dev.superlevel.io.trajectory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.io.surface.SurfaceFiles;
import dev.superlevel.io.surface.SurfaceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

class RecordedPathsTest {

    static Path fixture(String name) {
        try {
            return Path.of(RecordedPathsTest.class.getResource("/surfaces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsLossLandscapesProjectionFile() {
        RecordedPath p = RecordedPaths.read(fixture("projection.h5"));
        assertArrayEquals(new double[] {-0.75, -0.5, -0.125, 0.0, 0.0625}, p.xs(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.25, 0.125, -0.25, 0.0}, p.ys(), 0.0);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, p.steps(), 0.0);
        assertFalse(p.hasRecordedLoss());
        assertEquals("projection.h5", p.name());
    }

    @Test
    void readsACsvWithStepAndLossColumns() {
        RecordedPath p = RecordedPaths.read(fixture("path.csv"));
        assertArrayEquals(new double[] {-0.75, -0.5, 0.0}, p.xs(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.25, -0.25}, p.ys(), 0.0);
        assertArrayEquals(new double[] {0, 10, 20}, p.steps(), 0.0);
        assertArrayEquals(new double[] {2.0, 1.5, 1.25}, p.losses(), 0.0);
        assertTrue(p.hasRecordedLoss());
    }

    @Test
    void theSurfaceLossAlongThePathIsReadFromTheInterpolant() {
        RecordedPath p = RecordedPaths.read(fixture("path.csv"));
        var surface = new SurfaceInterpolant(SurfaceFiles.read(fixture("landscape.h5"), null, false, null).surface());
        // landscape.h5 samples the quadratic L = 1 + x² + 0.5y + 0.25xy, which the interpolant reproduces;
        // (-0.75, 0.5) lies between nodes, the other two points are nodes (stored values)
        double[] onSurface = p.lossOn(surface);
        assertEquals(1 + 0.5625 + 0.25 - 0.09375, onSurface[0], 1e-14);
        assertEquals(1 + 0.25 + 0.125 - 0.03125, onSurface[1], 0.0);
        assertEquals(1 - 0.125, onSurface[2], 0.0);
    }

    @Test
    void csvColumnsMayComeInAnyOrderAndLossMayBeMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "loss,Y,x\n,2,1\nnan,4,3\n");
        RecordedPath p = RecordedPaths.read(file);
        assertArrayEquals(new double[] {1, 3}, p.xs(), 0.0);
        assertArrayEquals(new double[] {2, 4}, p.ys(), 0.0);
        assertArrayEquals(new double[] {0, 1}, p.steps(), 0.0);
        assertFalse(p.hasRecordedLoss());
    }

    @Test
    void badCsvNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "x,y,step\n1,2,0\n1,abc,1\n");
        assertEquals("bad.csv: line 3, column 2 (y): 'abc' is not a number",
                assertThrows(SurfaceFormatException.class, () -> RecordedPaths.read(file)).getMessage());
        Files.writeString(file, "x,z\n1,2\n");
        assertEquals("bad.csv: line 1: unknown column 'z' (expected x, y, step, loss)",
                assertThrows(SurfaceFormatException.class, () -> RecordedPaths.read(file)).getMessage());
        Files.writeString(file, "x,y\n1,Infinity\n");
        assertEquals("bad.csv: line 2, column 2 (y): Infinity is not finite",
                assertThrows(SurfaceFormatException.class, () -> RecordedPaths.read(file)).getMessage());
    }

    @Test
    void aSurfaceFileIsNotAProjectionFile() {
        assertTrue(assertThrows(SurfaceFormatException.class, () -> RecordedPaths.read(fixture("landscape.h5")))
                .getMessage().startsWith("landscape.h5: no arrays 'proj_xcoord' and 'proj_ycoord', so not a "
                        + "loss-landscape projection file (arrays present: "));
    }
}
