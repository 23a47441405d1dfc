package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 item 7: a long run is drawn as the pixels it covers. */
class PathDecimationTest {

    /** The path's vertices as {type, x, y}. */
    private static List<double[]> vertices(Path2D path) {
        List<double[]> v = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            v.add(new double[] {type, c[0], c[1]});
        }
        return v;
    }

    @Test
    void pointsWithinTheToleranceAreDroppedAndTheLastIsKept() {
        // pixels = 10 × data: steps of 0.01 data are 0.1 px
        double[] xs = {0, 0.01, 0.02, 1, 1.01, 1.02};
        double[] ys = new double[xs.length];
        Path2D p = PathDecimation.inPixels(xs, ys, xs.length - 1, AffineTransform.getScaleInstance(10, 10), 0.25);
        List<double[]> v = vertices(p);
        assertEquals(3, v.size());
        assertArrayEquals(new double[] {PathIterator.SEG_MOVETO, 0, 0}, v.get(0), 1e-12);
        assertArrayEquals(new double[] {PathIterator.SEG_LINETO, 10, 0}, v.get(1), 1e-12);
        assertArrayEquals(new double[] {PathIterator.SEG_LINETO, 10.2, 0}, v.get(2), 1e-12);
    }

    @Test
    void aNonFinitePointLiftsThePenAfterDrawingThePendingPoint() {
        double[] xs = {0, 0.01, Double.NaN, 5, 6};
        double[] ys = {0, 0, 0, 0, 0};
        List<double[]> v = vertices(PathDecimation.inPixels(xs, ys, 4, new AffineTransform(), 0.25));
        assertEquals(List.of(0.0, 1.0, 0.0, 1.0), v.stream().map(a -> a[0]).toList());
        assertEquals(0.01, v.get(1)[1], 1e-15);
        assertEquals(5.0, v.get(2)[1]);
    }

    @Test
    void aMillionStepsCrawlingInPlaceBecomeAFewSegments() {
        int n = 1_000_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = Math.cos(k * 1e-4) * (1 - k / (double) n);
            ys[k] = Math.sin(k * 1e-4) * (1 - k / (double) n);
        }
        AffineTransform t = AffineTransform.getScaleInstance(300, 300);
        double lengthInPixels = 0;
        for (int k = 1; k < n; k++) {
            lengthInPixels += 300 * Math.hypot(xs[k] - xs[k - 1], ys[k] - ys[k - 1]);
        }
        // every kept vertex but the last is at least 0.25 px (in a straight line) from the one before
        int count = vertices(PathDecimation.inPixels(xs, ys, n - 1, t, 0.25)).size();
        assertTrue(count <= lengthInPixels / 0.25 + 2, "vertices: " + count + ", length " + lengthInPixels);
        assertTrue(count < n / 10, "vertices: " + count);
    }
}
