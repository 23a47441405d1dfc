package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

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

    @Test
    void aMillionStepsJumpingBackAndForthAreDrawnOnceEach() {
        // gradient descent at the edge of stability: y alternates between +1 and -1 while x converges
        int n = 1_000_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = 4 * Math.pow(0.98, k);
            ys[k] = k % 2 == 0 ? 1 : -1;
        }
        ys[n - 1] = 0.5; // the current point, where the marker is drawn
        AffineTransform t = AffineTransform.getScaleInstance(100, 100);
        Path2D thin = PathDecimation.inPixels(xs, ys, n - 1, t, 0.25);
        List<double[]> v = vertices(thin);
        // every distinct zig and zag while x still moves (x·100 shrinks by 2 % a step), then the one repeated
        // segment once: a few hundred vertices, not a million
        assertTrue(v.size() < 2_000, "vertices: " + v.size());
        assertEquals(new java.awt.geom.Rectangle2D.Double(0, -100, 400, 200), thin.getBounds2D());
        assertArrayEquals(new double[] {PathIterator.SEG_MOVETO, 400, 100}, v.get(0), 1e-9);
        double[] end = v.get(v.size() - 1);
        assertArrayEquals(new double[] {xs[n - 1] * 100, 50}, new double[] {end[1], end[2]}, 1e-9);
    }

    @Test
    void aRunJumpingAllOverFallsBackToBucketExtremes() {
        int n = 1_000_000;
        java.util.Random random = new java.util.Random(7);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = random.nextDouble();
            ys[k] = random.nextDouble();
        }
        Path2D thin = PathDecimation.inPixels(xs, ys, n - 1, AffineTransform.getScaleInstance(1000, 1000), 0.25);
        int count = vertices(thin).size();
        assertTrue(count <= 7 * PathDecimation.MAX_POINTS / 4, "vertices: " + count);
        assertTrue(count >= PathDecimation.MAX_POINTS / 4, "vertices: " + count);
    }

    @Test
    void bucketExtremesKeepTheFirstLastAndGapPoints() {
        double[] xs = {0, 5, 1, Double.NaN, 2, 3, 9, 4};
        double[] ys = {0, 1, -3, 0, 2, 7, 0, 1};
        // two buckets of four: {0,1,2,3} and {4,5,6,7}
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, PathDecimation.extremes(xs, ys, 7, 2));
        double[] flat = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] zero = new double[8];
        // on a line along x, a bucket's extremes are its ends (min y = max y = its first point)
        assertArrayEquals(new int[] {0, 3, 4, 7}, PathDecimation.extremes(flat, zero, 7, 2));
    }
}
