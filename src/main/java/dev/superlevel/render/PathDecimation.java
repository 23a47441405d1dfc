package dev.superlevel.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.HashSet;
import java.util.Set;

/**
 * Thins a long trajectory for drawing (issue 12): a 10⁶-step run would otherwise be a 10⁶-segment Java2D
 * path, which takes minutes to stroke. Three steps, each used only when needed:
 * <ol>
 *   <li>The points are mapped to pixels and a point closer than {@code tolerance} pixels to the last kept
 *       one is dropped (the last point of each pen-down stretch is always kept): the line moves by less
 *       than the tolerance, so at a quarter pixel the picture is the same, and a run that crawls in place
 *       costs a handful of segments.</li>
 *   <li>A segment whose ends (to the tolerance) were drawn already is not drawn again: one stroked shape
 *       covers a pixel once however often its outline passes, so this changes no pixel, and a run that
 *       jumps back and forth between two points (gradient descent at the edge of stability) costs two
 *       segments instead of 10⁶.</li>
 *   <li>If more than {@value #MAX_SEGMENTS} segments remain (a run jumping all over the view), the run is
 *       reduced first to the points with the least and greatest x and y of each bucket of consecutive steps
 *       ({@link #extremes}), about {@value #MAX_POINTS} points: lossy, but every bucket's excursion still
 *       reaches its extremes, and the drawing is bounded.</li>
 * </ol>
 * Non-finite points lift the pen as in the undecimated path. One instance per path; not thread-safe.
 */
final class PathDecimation {

    /** Most segments drawn before falling back to bucket extremes. */
    static final int MAX_SEGMENTS = 200_000;
    /** Most points kept by the fallback: four extremes in each of MAX_POINTS / 4 buckets. */
    static final int MAX_POINTS = 100_000;

    /** A segment's ends quantised to the tolerance, smaller end first. */
    private record Segment(long a, long b) {
    }

    private final Path2D.Double path = new Path2D.Double();
    private final Set<Segment> drawn = new HashSet<>();
    private final double tolerance;
    private int segments;
    private boolean penDown;
    private boolean pending;
    private double keptX;
    private double keptY;
    private double lastX;
    private double lastY;

    private PathDecimation(double tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * The polyline through points 0..last in device coordinates.
     *
     * @param toDevice data → pixel transform
     * @param tolerance the largest distance in pixels a dropped point may be from the drawn line's vertex
     */
    static Path2D.Double inPixels(double[] xs, double[] ys, int last, AffineTransform toDevice, double tolerance) {
        PathDecimation all = new PathDecimation(tolerance).trace(xs, ys, null, last + 1, toDevice);
        if (all.segments <= MAX_SEGMENTS) {
            return all.path;
        }
        int[] kept = extremes(xs, ys, last, MAX_POINTS / 4);
        return new PathDecimation(tolerance).trace(xs, ys, kept, kept.length, toDevice).path;
    }

    private PathDecimation trace(double[] xs, double[] ys, int[] kept, int count, AffineTransform toDevice) {
        double[] p = new double[2];
        for (int i = 0; i < count; i++) {
            int k = kept == null ? i : kept[i];
            if (!Double.isFinite(xs[k]) || !Double.isFinite(ys[k])) {
                flushPending();
                penDown = false;
                continue;
            }
            p[0] = xs[k];
            p[1] = ys[k];
            toDevice.transform(p, 0, p, 0, 1);
            if (!penDown) {
                path.moveTo(p[0], p[1]);
                keep(p[0], p[1]);
                penDown = true;
            } else if (sq(p[0] - keptX) + sq(p[1] - keptY) >= tolerance * tolerance) {
                segmentTo(p[0], p[1]);
            } else {
                lastX = p[0];
                lastY = p[1];
                pending = true;
            }
        }
        flushPending();
        return this;
    }

    private void flushPending() {
        if (pending) {
            segmentTo(lastX, lastY);
        }
    }

    /** A segment from the last kept point, unless the same one was drawn before (then the pen moves). */
    private void segmentTo(double x, double y) {
        long from = quantised(keptX, keptY);
        long to = quantised(x, y);
        if (drawn.add(new Segment(Math.min(from, to), Math.max(from, to)))) {
            path.lineTo(x, y);
            segments++;
        } else {
            path.moveTo(x, y);
        }
        keep(x, y);
    }

    private void keep(double x, double y) {
        keptX = x;
        keptY = y;
        pending = false;
    }

    private long quantised(double x, double y) {
        long qx = Math.round(x / tolerance);
        long qy = Math.round(y / tolerance);
        return (qx << 32) ^ (qy & 0xFFFFFFFFL);
    }

    /**
     * Indices of 0..last, in order: per bucket of ⌈(last+1)/buckets⌉ consecutive points, those with the
     * least and greatest finite x and y, and the first non-finite point (so the pen still lifts there);
     * plus points 0 and last.
     */
    static int[] extremes(double[] xs, double[] ys, int last, int buckets) {
        int n = last + 1;
        int size = (n + buckets - 1) / buckets;
        int[] out = new int[7 * ((n + size - 1) / size)];
        int m = 0;
        for (int start = 0; start < n; start += size) {
            int end = Math.min(n, start + size);
            // min x, max x, min y, max y, first non-finite; and the run's first and last point, where the markers are
            int[] pick = {-1, -1, -1, -1, -1, start == 0 ? 0 : -1, end == n ? n - 1 : -1};
            for (int k = start; k < end; k++) {
                if (!Double.isFinite(xs[k]) || !Double.isFinite(ys[k])) {
                    pick[4] = pick[4] < 0 ? k : pick[4];
                    continue;
                }
                pick[0] = pick[0] < 0 || xs[k] < xs[pick[0]] ? k : pick[0];
                pick[1] = pick[1] < 0 || xs[k] > xs[pick[1]] ? k : pick[1];
                pick[2] = pick[2] < 0 || ys[k] < ys[pick[2]] ? k : pick[2];
                pick[3] = pick[3] < 0 || ys[k] > ys[pick[3]] ? k : pick[3];
            }
            java.util.Arrays.sort(pick);
            for (int i = 0; i < pick.length; i++) {
                if (pick[i] >= 0 && (i == 0 || pick[i] != pick[i - 1])) {
                    out[m++] = pick[i];
                }
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    private static double sq(double v) {
        return v * v;
    }
}
