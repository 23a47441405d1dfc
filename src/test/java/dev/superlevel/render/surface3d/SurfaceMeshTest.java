package dev.superlevel.render.surface3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleBinaryOperator;

class SurfaceMeshTest {

    private static SampledField field(Domain d, int nx, int ny, DoubleBinaryOperator f) {
        GridSpec spec = new GridSpec(d, nx, ny);
        double[] v = new double[spec.size()];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[spec.index(i, j)] = f.applyAsDouble(spec.x(i), spec.y(j));
            }
        }
        return new SampledField(spec, v);
    }

    private static SurfaceMesh mesh(SampledField f, int maxSide) {
        HeightMap h = HeightMap.of(f.min(), f.max(), SurfaceView.defaults());
        return SurfaceMesh.build(f, SurfaceBox.of(f.spec().domain(), h), maxSide);
    }

    @Test
    void everyCellOfADefinedGridGivesTwoTriangles() {
        SurfaceMesh m = mesh(field(new Domain(0, 3, 0, 2), 4, 3, (x, y) -> x + y), 256);
        assertEquals(12, m.vertexCount());
        assertEquals(2 * 3 * 2, m.triangleCount());
        // the first cell: (v00, v10, v11) and (v00, v11, v01) with vertex index l·mx + k
        assertArrayEquals(new int[] {0, 1, 5}, new int[] {m.corner(0, 0), m.corner(0, 1), m.corner(0, 2)});
        assertArrayEquals(new int[] {0, 5, 4}, new int[] {m.corner(1, 0), m.corner(1, 1), m.corner(1, 2)});
    }

    @Test
    void anUndefinedCentreSampleRemovesTheFourCellsAroundIt() {
        SurfaceMesh m = mesh(field(new Domain(-1, 1, -1, 1), 3, 3, (x, y) -> x == 0 && y == 0 ? Double.NaN : x * y),
                256);
        assertEquals(0, m.triangleCount());
        assertTrue(Float.isNaN(m.z(4)));
    }

    @Test
    void anUndefinedCornerSampleRemovesOnlyItsCell() {
        SurfaceMesh m = mesh(field(new Domain(-1, 1, -1, 1), 3, 3,
                (x, y) -> x == -1 && y == -1 ? Double.POSITIVE_INFINITY : x - y), 256);
        assertEquals(2 * 3, m.triangleCount());
        for (int t = 0; t < m.triangleCount(); t++) {
            for (int c = 0; c < 3; c++) {
                assertTrue(m.corner(t, c) != 0, "no triangle uses the undefined vertex 0");
            }
        }
    }

    @Test
    void heightsAreTheLinearHeightMapOfTheSamples() {
        // L = x on [-1, 1]²: min −1, max 1, so h = (x + 1)/2 and Z = h − 1/2 = x/2
        SurfaceMesh m = mesh(field(new Domain(-1, 1, -1, 1), 5, 5, (x, y) -> x), 256);
        for (int v = 0; v < m.vertexCount(); v++) {
            assertEquals(m.x(v) / 2, m.z(v), 1e-7);
        }
    }

    @Test
    void normalsOfAnInclinedPlaneAreItsUnitNormalEverywhere() {
        // Z = X/2 (see above): n = (−1/2, 0, 1)/√(5/4), at borders (one-sided) and inside alike
        SurfaceMesh m = mesh(field(new Domain(-1, 1, -1, 1), 5, 4, (x, y) -> x), 256);
        double norm = Math.sqrt(1.25);
        for (int v = 0; v < m.vertexCount(); v++) {
            assertEquals(-0.5 / norm, m.normal(v, 0), 1e-6);
            assertEquals(0, m.normal(v, 1), 1e-6);
            assertEquals(1 / norm, m.normal(v, 2), 1e-6);
        }
    }

    @Test
    void theWorldBoxKeepsTheDomainAspectWithTheLongerSideSpanningTwo() {
        SurfaceMesh m = mesh(field(new Domain(0, 4, 10, 12), 3, 3, (x, y) -> x), 256);
        assertEquals(-1, m.x(0), 1e-7);
        assertEquals(1, m.x(2), 1e-7);
        assertEquals(-0.5, m.y(0), 1e-7);
        assertEquals(0.5, m.y(8), 1e-7);
    }

    @Test
    void decimationKeepsBothBordersAndRoundsEvenly() {
        assertArrayEquals(new int[] {0, 2, 4}, SurfaceMesh.decimate(5, 3));
        int[] idx = SurfaceMesh.decimate(513, 256);
        assertEquals(0, idx[0]);
        assertEquals(512, idx[255]);
        assertEquals(Math.round(100 * 512.0 / 255), idx[100]);
        SurfaceMesh m = mesh(field(new Domain(-1, 1, -1, 1), 513, 300, (x, y) -> x * y), 256);
        assertEquals(256, m.columns());
        assertEquals(256, m.rows());
        assertEquals(2 * 255 * 255, m.triangleCount());
        assertEquals(299 * 513 + 512, m.source(m.vertexCount() - 1));
    }

    @Test
    void aMeshNeedsAtLeastTwoVerticesPerSide() {
        SampledField f = field(new Domain(-1, 1, -1, 1), 3, 3, (x, y) -> x);
        assertThrows(IllegalArgumentException.class, () -> mesh(f, 1));
    }
}
