package dev.superlevel.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * Thins a long trajectory for drawing (issue 12): a 10⁶-step run would otherwise be a 10⁶-segment Java2D
 * path, which takes minutes to stroke. The points are mapped to pixels and a point closer than
 * {@code tolerance} pixels to the last kept one is dropped (the last point of each pen-down stretch is
 * always kept), so the drawn line moves by less than the tolerance: at a quarter pixel the picture is
 * the same, while a run that crawls in place costs a handful of segments. Non-finite points lift the
 * pen as in the undecimated path. Stateless.
 */
final class PathDecimation {

    private PathDecimation() {
    }

    /**
     * The polyline through points 0..last in device coordinates.
     *
     * @param toDevice data → pixel transform
     * @param tolerance the largest distance in pixels a dropped point may be from the drawn line's vertex
     */
    static Path2D.Double inPixels(double[] xs, double[] ys, int last, AffineTransform toDevice, double tolerance) {
        Path2D.Double path = new Path2D.Double();
        double[] p = new double[2];
        boolean penDown = false;
        boolean pending = false;
        double keptX = 0;
        double keptY = 0;
        double lastX = 0;
        double lastY = 0;
        double tolerance2 = tolerance * tolerance;
        for (int k = 0; k <= last; k++) {
            if (!Double.isFinite(xs[k]) || !Double.isFinite(ys[k])) {
                if (pending) {
                    path.lineTo(lastX, lastY);
                }
                penDown = false;
                pending = false;
                continue;
            }
            p[0] = xs[k];
            p[1] = ys[k];
            toDevice.transform(p, 0, p, 0, 1);
            if (!penDown) {
                path.moveTo(p[0], p[1]);
                keptX = p[0];
                keptY = p[1];
                penDown = true;
                pending = false;
            } else if (sq(p[0] - keptX) + sq(p[1] - keptY) >= tolerance2) {
                path.lineTo(p[0], p[1]);
                keptX = p[0];
                keptY = p[1];
                pending = false;
            } else {
                lastX = p[0];
                lastY = p[1];
                pending = true;
            }
        }
        if (pending) {
            path.lineTo(lastX, lastY);
        }
        return path;
    }

    private static double sq(double v) {
        return v * v;
    }
}
