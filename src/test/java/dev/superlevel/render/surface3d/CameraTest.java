package dev.superlevel.render.surface3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameraTest {

    @Test
    void fromTheYminSideXGoesRightZGoesUpAndTheFrontIsNearer() {
        Camera c = Camera.ofDegrees(-90, 0);
        assertEquals(1, c.screenX(1, 0, 0), 1e-12);
        assertEquals(0, c.screenY(1, 0, 0), 1e-12);
        assertEquals(-1, c.screenY(0, 0, 1), 1e-12);
        assertEquals(1, c.depth(0, -1, 0), 1e-12);
        assertEquals(0, c.screenX(0, 5, 0), 1e-12);
    }

    @Test
    void fromStraightAboveTheDepthIsTheHeight() {
        Camera c = Camera.ofDegrees(-90, 89);
        assertEquals(Math.sin(Math.toRadians(89)), c.depth(0, 0, 1), 1e-12);
        assertTrue(c.screenY(0, 1, 0) < c.screenY(0, -1, 0), "+y is further up the screen than -y");
    }

    @Test
    void rightUpAndEyeAreARightHandedOrthonormalFrame() {
        for (double az = -180; az < 180; az += 37) {
            for (double el = -80; el <= 80; el += 40) {
                Camera c = Camera.ofDegrees(az, el);
                double[] r = c.right();
                double[] u = c.up();
                double[] e = c.eye();
                assertEquals(1, dot(r, r), 1e-12);
                assertEquals(1, dot(u, u), 1e-12);
                assertEquals(1, dot(e, e), 1e-12);
                assertEquals(0, dot(r, u), 1e-12);
                assertEquals(0, dot(r, e), 1e-12);
                assertEquals(0, dot(u, e), 1e-12);
                double[] rxu = {r[1] * u[2] - r[2] * u[1], r[2] * u[0] - r[0] * u[2], r[0] * u[1] - r[1] * u[0]};
                assertEquals(e[0], rxu[0], 1e-12);
                assertEquals(e[1], rxu[1], 1e-12);
                assertEquals(e[2], rxu[2], 1e-12);
            }
        }
    }

    @Test
    void projectAgreesWithThePointwiseFormulas() {
        Camera c = new Camera(0.3, 0.7, 120, 400, 300);
        float[] xs = {0.5f, -1};
        float[] ys = {-0.25f, 1};
        float[] zs = {0.125f, -0.5f};
        float[] sx = new float[2];
        float[] sy = new float[2];
        float[] d = new float[2];
        c.project(xs, ys, zs, 2, sx, sy, d);
        for (int k = 0; k < 2; k++) {
            assertEquals(c.screenX(xs[k], ys[k], zs[k]), sx[k], 1e-3);
            assertEquals(c.screenY(xs[k], ys[k], zs[k]), sy[k], 1e-3);
            assertEquals(c.depth(xs[k], ys[k], zs[k]), d[k], 1e-6);
        }
    }

    @Test
    void fitPutsTheBoxInsideTheRectangleTouchingTwoSides() {
        SurfaceBox box = SurfaceBox.of(new dev.superlevel.core.grid.Domain(-2, 2, -1, 3),
                HeightMap.of(0, 1, SurfaceView.defaults()));
        Camera c = Camera.fit(SurfaceView.defaults(), box.corners(), 10, 20, 300, 200);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : box.corners()) {
            minX = Math.min(minX, c.screenX(p[0], p[1], p[2]));
            maxX = Math.max(maxX, c.screenX(p[0], p[1], p[2]));
            minY = Math.min(minY, c.screenY(p[0], p[1], p[2]));
            maxY = Math.max(maxY, c.screenY(p[0], p[1], p[2]));
        }
        assertTrue(minX >= 10 - 1e-9 && maxX <= 310 + 1e-9 && minY >= 20 - 1e-9 && maxY <= 220 + 1e-9);
        boolean fillsWidth = Math.abs(maxX - minX - 300) < 1e-9;
        boolean fillsHeight = Math.abs(maxY - minY - 200) < 1e-9;
        assertTrue(fillsWidth || fillsHeight);
        assertEquals(160, (minX + maxX) / 2, 1e-9);
        assertEquals(120, (minY + maxY) / 2, 1e-9);
    }

    @Test
    void viewAnglesAreValidatedAndAzimuthWrapped() {
        assertEquals(-170, SurfaceView.defaults().withAngles(190, 0).azimuth(), 1e-12);
        assertEquals(89, SurfaceView.defaults().orbitBy(0, 500).elevation());
        assertThrows(IllegalArgumentException.class, () -> SurfaceView.defaults().withAngles(0, 90));
        assertThrows(IllegalArgumentException.class, () -> SurfaceView.defaults().withClip(0.5, 0.5));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
