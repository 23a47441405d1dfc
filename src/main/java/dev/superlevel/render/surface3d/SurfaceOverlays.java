package dev.superlevel.render.surface3d;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.Polyline;
import dev.superlevel.render.TrajectoryOverlay;

/**
 * What is drawn over the shaded surface: the translucent λ plane over the domain at height λ, the λ contour
 * on the surface, and every run as a path lying on the surface with hollow start and filled current
 * markers. A run's height is the bilinear interpolant of the sampled field at θ_t (equal to L(θ_t) at grid
 * nodes), and each segment between iterates is split at about every mesh cell so the path follows the
 * relief instead of cutting through it. Stateless.
 */
final class SurfaceOverlays {

    /** Colour of the λ plane. */
    static final int PLANE_ARGB = 0xFFB9D7FF;
    /** Opacity of the λ plane. */
    static final double PLANE_ALPHA = 0.45;
    /** Depth bias of lines lying on the surface, world units: they are drawn unless clearly behind it. */
    static final double LINE_BIAS = 0.02;

    private SurfaceOverlays() {
    }

    /** The λ plane (when λ lies inside the shown height range), its outline, the contours and the runs. */
    static int draw(OverlayPainter painter, LandscapeScene scene, SurfaceBox box, Camera cam, double scale) {
        int tinted = 0;
        HeightMap h = box.heights();
        if (h.isShown(scene.lambda())) {
            tinted = plane(painter, box, cam, h.z(scene.lambda()), scale);
        }
        double lambdaZ = h.z(scene.lambda());
        for (Polyline line : scene.contours()) {
            contour(painter, line, box, cam, lambdaZ, scale);
        }
        for (TrajectoryOverlay run : scene.trajectories()) {
            run(painter, run, scene.field(), box, cam, scale);
        }
        return tinted;
    }

    private static int plane(OverlayPainter painter, SurfaceBox box, Camera cam, double z, double scale) {
        double[][] corners = {{-box.halfX(), -box.halfY()}, {box.halfX(), -box.halfY()}, {box.halfX(), box.halfY()},
            {-box.halfX(), box.halfY()}};
        double[] sx = new double[4];
        double[] sy = new double[4];
        double[] sz = new double[4];
        for (int k = 0; k < 4; k++) {
            sx[k] = cam.screenX(corners[k][0], corners[k][1], z);
            sy[k] = cam.screenY(corners[k][0], corners[k][1], z);
            sz[k] = cam.depth(corners[k][0], corners[k][1], z);
        }
        int tinted = painter.plane(sx, sy, sz, PLANE_ARGB, PLANE_ALPHA);
        for (int k = 0; k < 4; k++) {
            int n = (k + 1) % 4;
            painter.line(sx[k], sy[k], sz[k], sx[n], sy[n], sz[n], 0xFF5A7FB0, 1.2 * scale, 0);
        }
        return tinted;
    }

    private static void contour(OverlayPainter painter, Polyline line, SurfaceBox box, Camera cam, double z,
            double scale) {
        double[] xs = line.xs();
        double[] ys = line.ys();
        int n = xs.length;
        int segments = line.closed() ? n : n - 1;
        for (int pass = 0; pass < 2; pass++) {
            int argb = pass == 0 ? 0xFF202020 : 0xFFFFFFFF;
            double width = (pass == 0 ? 3.4 : 1.6) * scale;
            for (int k = 0; k < segments; k++) {
                int m = (k + 1) % n;
                segment(painter, box, cam, xs[k], ys[k], z, xs[m], ys[m], z, argb, width);
            }
        }
    }

    private static void run(OverlayPainter painter, TrajectoryOverlay run, SampledField field, SurfaceBox box,
            Camera cam, double scale) {
        int last = run.lastDrawn();
        if (last < 0) {
            return;
        }
        double lift = 0.004 * box.heights().halfHeight();
        double step = 2.0 / Math.min(SurfaceMesh.MAX_SIDE, Math.max(field.nx(), field.ny()));
        for (int pass = 0; pass < 2; pass++) {
            int argb = pass == 0 ? 0xFF000000 : run.argb();
            double width = (pass == 0 ? 4.0 : 2.2) * scale;
            for (int k = 0; k < last; k++) {
                drapedSegment(painter, field, box, cam, run.xs()[k], run.ys()[k], run.xs()[k + 1], run.ys()[k + 1],
                        step, lift, argb, width);
            }
        }
        marker(painter, field, box, cam, run.xs()[0], run.ys()[0], lift, 0xFFFFFFFF, run.argb(), 4.5 * scale);
        marker(painter, field, box, cam, run.xs()[last], run.ys()[last], lift, run.argb(), 0xFF000000, 5 * scale);
    }

    private static void drapedSegment(OverlayPainter painter, SampledField field, SurfaceBox box, Camera cam,
            double x0, double y0, double x1, double y1, double step, double lift, int argb, double width) {
        double length = Math.hypot(box.worldX(x1) - box.worldX(x0), box.worldY(y1) - box.worldY(y0));
        int pieces = Math.max(1, Math.min(2000, (int) Math.ceil(length / step)));
        double px = x0;
        double py = y0;
        double pz = box.worldZ(interpolate(field, px, py)) + lift;
        for (int s = 1; s <= pieces; s++) {
            double f = (double) s / pieces;
            double qx = x0 + f * (x1 - x0);
            double qy = y0 + f * (y1 - y0);
            double qz = box.worldZ(interpolate(field, qx, qy)) + lift;
            segment(painter, box, cam, px, py, pz, qx, qy, qz, argb, width);
            px = qx;
            py = qy;
            pz = qz;
        }
    }

    private static void marker(OverlayPainter painter, SampledField field, SurfaceBox box, Camera cam, double x,
            double y, double lift, int fill, int ring, double radius) {
        double z = box.worldZ(interpolate(field, x, y)) + lift;
        if (!Double.isFinite(z) || !box.domain().contains(x, y)) {
            return;
        }
        double wx = box.worldX(x);
        double wy = box.worldY(y);
        double sx = cam.screenX(wx, wy, z);
        double sy = cam.screenY(wx, wy, z);
        double d = cam.depth(wx, wy, z);
        painter.dot(sx, sy, d, radius + 1.5, ring, LINE_BIAS);
        painter.dot(sx, sy, d, radius - 0.5, fill, LINE_BIAS);
    }

    private static void segment(OverlayPainter painter, SurfaceBox box, Camera cam, double x0, double y0, double z0,
            double x1, double y1, double z1, int argb, double width) {
        double ax = box.worldX(x0);
        double ay = box.worldY(y0);
        double bx = box.worldX(x1);
        double by = box.worldY(y1);
        painter.line(cam.screenX(ax, ay, z0), cam.screenY(ax, ay, z0), cam.depth(ax, ay, z0), cam.screenX(bx, by, z1),
                cam.screenY(bx, by, z1), cam.depth(bx, by, z1), argb, width, LINE_BIAS);
    }

    /** The bilinear interpolant of the field at (x, y); NaN outside the domain or next to an undefined sample. */
    static double interpolate(SampledField field, double x, double y) {
        GridSpec spec = field.spec();
        var d = spec.domain();
        if (!(x >= d.xmin() && x <= d.xmax() && y >= d.ymin() && y <= d.ymax())) {
            return Double.NaN;
        }
        double u = spec.nx() > 1 ? (x - d.xmin()) / d.width() * (spec.nx() - 1) : 0;
        double v = spec.ny() > 1 ? (y - d.ymin()) / d.height() * (spec.ny() - 1) : 0;
        int i = Math.min(Math.max(0, spec.nx() - 2), (int) Math.floor(u));
        int j = Math.min(Math.max(0, spec.ny() - 2), (int) Math.floor(v));
        double fu = u - i;
        double fv = v - j;
        int i1 = Math.min(i + 1, spec.nx() - 1);
        int j1 = Math.min(j + 1, spec.ny() - 1);
        return (1 - fv) * ((1 - fu) * field.value(i, j) + fu * field.value(i1, j))
                + fv * ((1 - fu) * field.value(i, j1) + fu * field.value(i1, j1));
    }
}
