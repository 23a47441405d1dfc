package dev.superlevel.render.surface3d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Golden data of the rasteriser on tiny meshes: which pixels are covered, by which triangle, and how. */
class GeometryBufferTest {

    private static GeometryBuffer raster(int w, int h, float[] sx, float[] sy, float[] sz, int... faces) {
        GeometryBuffer b = new GeometryBuffer(w, h);
        b.rasterize(sx, sy, sz, faces, 0, h);
        return b;
    }

    private static String coverage(GeometryBuffer b) {
        StringBuilder s = new StringBuilder();
        for (int py = 0; py < b.height(); py++) {
            for (int px = 0; px < b.width(); px++) {
                int t = b.triangleAt(px, py);
                s.append(t == GeometryBuffer.EMPTY ? '.' : (char) ('0' + t));
            }
            s.append('\n');
        }
        return s.toString();
    }

    @Test
    void aRightTriangleCoversThePixelCentresInsideAndOnItsTopLeftHypotenuse() {
        // centres (px+½, py+½) with px + py < 3 are inside; px + py = 3 lies on the edge (4,0)→(0,4), whose
        // direction (−4, 4) has dy > 0: a top-left edge, so those centres are covered too
        GeometryBuffer b = raster(5, 5, new float[] {0, 4, 0}, new float[] {0, 0, 4}, new float[] {0, 0, 0}, 0, 1, 2);
        assertEquals("""
                0000.
                000..
                00...
                0....
                .....
                """, coverage(b));
    }

    @Test
    void theSameTriangleWoundTheOtherWayCoversTheSamePixels() {
        GeometryBuffer a = raster(5, 5, new float[] {0, 4, 0}, new float[] {0, 0, 4}, new float[] {0, 0, 0}, 0, 1, 2);
        GeometryBuffer b = raster(5, 5, new float[] {0, 4, 0}, new float[] {0, 0, 4}, new float[] {0, 0, 0}, 0, 2, 1);
        assertEquals(coverage(a), coverage(b));
    }

    @Test
    void twoTrianglesSharingADiagonalCoverASquareExactlyOnce() {
        float[] sx = {0, 4, 4, 0};
        float[] sy = {0, 0, 4, 4};
        float[] sz = {0, 0, 0, 0};
        GeometryBuffer first = raster(4, 4, sx, sy, sz, 0, 1, 2);
        GeometryBuffer second = raster(4, 4, sx, sy, sz, 0, 2, 3);
        for (int py = 0; py < 4; py++) {
            for (int px = 0; px < 4; px++) {
                boolean a = first.triangleAt(px, py) != GeometryBuffer.EMPTY;
                boolean b = second.triangleAt(px, py) != GeometryBuffer.EMPTY;
                assertEquals(1, (a ? 1 : 0) + (b ? 1 : 0), "pixel " + px + "," + py);
            }
        }
        // the diagonal runs c→a = (−4, −4) in triangle 0 (not top-left) and a→b = (4, 4) in triangle 1 (top-left):
        // the centres on it belong to triangle 1
        assertEquals("""
                1000
                1100
                1110
                1111
                """, coverage(raster(4, 4, sx, sy, sz, 0, 1, 2, 0, 2, 3)));
    }

    @Test
    void theNearerTriangleWinsWhateverTheDrawingOrder() {
        // triangle 0 at depth 1 (near), triangle 1 at depth −1 (far), overlapping on the left half
        float[] sx = {0, 4, 0, 0, 2, 0};
        float[] sy = {0, 0, 4, 0, 0, 4};
        float[] sz = {1, 1, 1, -1, -1, -1};
        assertEquals("""
                0000
                000.
                00..
                0...
                """, coverage(raster(4, 4, sx, sy, sz, 0, 1, 2, 3, 4, 5)));
        assertEquals("""
                1111
                111.
                11..
                1...
                """.replace('1', '0'), coverage(raster(4, 4, sx, sy, sz, 3, 4, 5, 0, 1, 2))
                .replace('1', '0'));
        GeometryBuffer reversed = raster(4, 4, sx, sy, sz, 3, 4, 5, 0, 1, 2);
        assertEquals(1, reversed.triangleAt(0, 0), "the near triangle is number 1 when drawn second");
        assertEquals(1.0f, reversed.depthAt(0, 0));
    }

    @Test
    void depthIsInterpolatedLinearlyAtPixelCentres() {
        // z = x over the triangle (0,0,0), (8,0,8), (0,8,0): at the centre of pixel (2, 1) z = 2.5
        GeometryBuffer b = raster(8, 8, new float[] {0, 8, 0}, new float[] {0, 0, 8}, new float[] {0, 8, 0}, 0, 1, 2);
        assertEquals(2.5f, b.depthAt(2, 1), 1e-6f);
    }

    @Test
    void shadingBlendsTheVertexColoursByTheBarycentricWeights() {
        // at the centre (2.5, 1.5) of pixel (2, 1) the weights of (0,0), (8,0), (0,8) are 4/8, 2.5/8, 1.5/8
        GeometryBuffer b = raster(8, 8, new float[] {0, 8, 0}, new float[] {0, 0, 8}, new float[] {0, 0, 0}, 0, 1, 2);
        int[] out = new int[64];
        b.shade(new int[] {0, 1, 2}, new int[] {0xFFFF0000, 0xFF00FF00, 0xFF0000FF}, out, 0, 8);
        int c = out[8 + 2];
        assertEquals(Math.round(255 * 4 / 8.0), c >> 16 & 0xFF);
        assertEquals(Math.round(255 * 2.5 / 8), c >> 8 & 0xFF);
        assertEquals((int) (255 * 1.5 / 8 + 0.5), c & 0xFF);
        assertEquals(0, out[63], "uncovered pixels are left alone");
    }

    @Test
    void bandsTogetherGiveTheWholeFrame() {
        float[] sx = {0.3f, 7.7f, 2.1f};
        float[] sy = {0.2f, 3.3f, 7.9f};
        float[] sz = {0, 1, 2};
        GeometryBuffer whole = raster(8, 8, sx, sy, sz, 0, 1, 2);
        GeometryBuffer banded = new GeometryBuffer(8, 8);
        banded.rasterize(sx, sy, sz, new int[] {0, 1, 2}, 0, 3);
        banded.rasterize(sx, sy, sz, new int[] {0, 1, 2}, 3, 8);
        assertEquals(coverage(whole), coverage(banded));
    }
}
