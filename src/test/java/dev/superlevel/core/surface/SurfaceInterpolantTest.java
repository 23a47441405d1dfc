package dev.superlevel.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.grid.GridSpec;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

class SurfaceInterpolantTest {

    /** A non-square grid with uneven steps per axis: x in [-1.5, 2.5] (nx = 9), y in [0.25, 1.75] (ny = 7). */
    private static SampledSurface sampled(DoubleBinaryOperator f) {
        double[] xs = linspace(-1.5, 2.5, 9);
        double[] ys = linspace(0.25, 1.75, 7);
        double[] values = new double[xs.length * ys.length];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                values[j * xs.length + i] = f.applyAsDouble(xs[i], ys[j]);
            }
        }
        return new SampledSurface("test", xs, ys, values);
    }

    private static double[] linspace(double a, double b, int n) {
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = a + k * (b - a) / (n - 1);
        }
        return c;
    }

    /** q(x, y) = c0 + c1 x + c2 y + c3 x² + c4 xy + c5 y² with its exact derivatives. */
    private static void assertReproducesQuadratic(double[] c, double x0, double x1, double y0, double y1) {
        var interp = new SurfaceInterpolant(sampled((x, y) -> c[0] + c[1] * x + c[2] * y + c[3] * x * x
                + c[4] * x * y + c[5] * y * y));
        SplittableRandom random = new SplittableRandom(7);
        double scale = 1 + Math.abs(c[0]) + Math.abs(c[1]) + Math.abs(c[2]) + Math.abs(c[3]) + Math.abs(c[4])
                + Math.abs(c[5]);
        for (int n = 0; n < 500; n++) {
            double x = x0 + random.nextDouble() * (x1 - x0);
            double y = y0 + random.nextDouble() * (y1 - y0);
            Derivatives d = interp.derivatives(x, y);
            double tol = 1e-12 * scale * 16;
            assertEquals(c[0] + c[1] * x + c[2] * y + c[3] * x * x + c[4] * x * y + c[5] * y * y, d.value(), tol);
            assertEquals(d.value(), interp.value(x, y), 0.0);
            assertEquals(c[1] + 2 * c[3] * x + c[4] * y, d.gx(), tol);
            assertEquals(c[2] + c[4] * x + 2 * c[5] * y, d.gy(), tol);
            assertEquals(2 * c[3], d.hxx(), tol);
            assertEquals(c[4], d.hxy(), tol);
            assertEquals(2 * c[5], d.hyy(), tol);
        }
    }

    @Test
    void reproducesQuadraticsTwoCellsFromTheBorder() {
        // cells are 0.5 (x) by 0.25 (y): two cells in is x in [-0.5, 1.5], y in [0.75, 1.25]
        double[][] quadratics = {{1, 0, 0, 1, 0, 1}, {0, 2, -3, 0, 0, 0}, {-4, 1, 2, 3, -5, 0.5},
            {0.25, 0, 0, 0, 1, 0}, {10, -7, 3, -2, 4, -6}};
        for (double[] c : quadratics) {
            assertReproducesQuadratic(c, -0.5, 1.5, 0.75, 1.25);
        }
    }

    @Test
    void reproducesQuadraticsInBorderCellsThroughTheOneSidedSlopes() {
        assertReproducesQuadratic(new double[] {-4, 1, 2, 3, -5, 0.5}, -1.5, 2.5, 0.25, 1.75);
    }

    @Test
    void returnsTheStoredValueBitForBitAtEveryNode() {
        SplittableRandom random = new SplittableRandom(11);
        SampledSurface s = sampled((x, y) -> random.nextDouble() * 1e3 - 500);
        var interp = new SurfaceInterpolant(s);
        GridSpec grid = s.gridSpec();
        for (int j = 0; j < s.ny(); j++) {
            for (int i = 0; i < s.nx(); i++) {
                assertEquals(s.value(i, j), interp.value(s.xs()[i], s.ys()[j]), 0.0, "node " + i + "," + j);
                assertEquals(s.value(i, j), interp.value(grid.x(i), grid.y(j)), 0.0);
                assertEquals(s.value(i, j), interp.derivatives(grid.x(i), grid.y(j)).value(), 0.0);
            }
        }
    }

    @Test
    void interiorIsCatmullRomHalfwayBetweenNodes() {
        // constant in y, so the value halfway in x is Keys' (-p_{-1} + 9 p0 + 9 p1 - p2) / 16
        double[] row = {3, -1, 4, 1, -5, 9, 2, -6, 5};
        SampledSurface s = sampled((x, y) -> row[(int) Math.round((x + 1.5) / 0.5)]);
        var interp = new SurfaceInterpolant(s);
        for (int i = 1; i + 2 < row.length; i++) {
            double x = -1.5 + 0.5 * (i + 0.5);
            double expected = (-row[i - 1] + 9 * row[i] + 9 * row[i + 1] - row[i + 2]) / 16;
            assertEquals(expected, interp.value(x, 1.0), 1e-14);
            assertEquals(expected, interp.value(x, 0.3), 1e-14);  // a border row: constant in y all the same
        }
    }

    @Test
    void cellsTouchingAnUndefinedSampleAreUndefinedAndTheOthersAreNot() {
        // sample (4, 3) at x = 0.5, y = 1.0 undefined (as loss-landscape's -1 becomes NaN)
        SampledSurface s = sampled((x, y) -> x == 0.5 && y == 1.0 ? Double.NaN : x * x + y);
        var interp = new SurfaceInterpolant(s);
        double[][] touching = {{0.3, 0.9}, {0.7, 0.9}, {0.3, 1.1}, {0.7, 1.1}, {0.5, 1.0}, {0.5, 0.8}, {0.5, 1.2}};
        for (double[] p : touching) {
            assertTrue(Double.isNaN(interp.value(p[0], p[1])));
            assertTrue(Double.isNaN(interp.derivatives(p[0], p[1]).gx()));
            assertFalse(interp.isDefinedAt(p[0], p[1]));
        }
        // the corners of the undefined cells belong to defined cells too and keep their stored values
        assertEquals(0.0 * 0.0 + 0.75, interp.value(0.0, 0.75), 0.0);
        assertEquals(1.0 * 1.0 + 1.25, interp.value(1.0, 1.25), 0.0);
        assertEquals(0.5 * 0.5 + 0.75, interp.value(0.5, 0.75), 0.0);
        assertTrue(interp.isDefinedAt(0.0, 1.0));
        // the next ring of cells stays defined and still reproduces the quadratic (one-sided slopes)
        double[][] near = {{-0.2, 0.9}, {1.2, 1.1}, {0.3, 1.3}, {0.7, 0.7}};
        for (double[] p : near) {
            assertTrue(interp.isDefinedAt(p[0], p[1]));
            assertEquals(p[0] * p[0] + p[1], interp.value(p[0], p[1]), 1e-13);
            assertEquals(2 * p[0], interp.derivatives(p[0], p[1]).gx(), 1e-12);
        }
    }

    @Test
    void isUndefinedOutsideTheGrid() {
        var interp = new SurfaceInterpolant(sampled((x, y) -> x + y));
        assertTrue(Double.isNaN(interp.value(-1.5000001, 1)));
        assertTrue(Double.isNaN(interp.value(2.5000001, 1)));
        assertTrue(Double.isNaN(interp.value(0, 0.2)));
        assertTrue(Double.isNaN(interp.value(0, 1.76)));
        assertTrue(Double.isNaN(interp.value(Double.NaN, 1)));
        assertFalse(interp.isDefinedAt(0, 1.8));
        assertEquals(2.5 + 1.75, interp.value(2.5, 1.75), 0.0);
    }

    @Test
    void valueAndGradientAreContinuousAcrossCellEdgesAlsoNextToAHole() {
        SplittableRandom random = new SplittableRandom(3);
        SampledSurface s = sampled((x, y) -> x == 1.0 && y == 1.5 ? Double.NaN : random.nextDouble());
        var interp = new SurfaceInterpolant(s);
        double e = 1e-9;
        for (int i = 1; i < s.nx() - 1; i++) {
            for (double y = 0.3; y < 1.75; y += 0.1) {
                double x = s.xs()[i];
                Derivatives left = interp.derivatives(x - e, y);
                Derivatives right = interp.derivatives(x + e, y);
                if (left.isFinite() && right.isFinite()) {
                    assertEquals(left.value(), right.value(), 1e-7);
                    assertEquals(left.gx(), right.gx(), 1e-6, "gx at x=" + x + ", y=" + y);
                    assertEquals(left.gy(), right.gy(), 1e-6);
                }
            }
        }
        for (int j = 1; j < s.ny() - 1; j++) {
            for (double x = -1.4; x < 2.5; x += 0.1) {
                double y = s.ys()[j];
                Derivatives below = interp.derivatives(x, y - e);
                Derivatives above = interp.derivatives(x, y + e);
                if (below.isFinite() && above.isFinite()) {
                    assertEquals(below.value(), above.value(), 1e-7);
                    assertEquals(below.gx(), above.gx(), 1e-6);
                    assertEquals(below.gy(), above.gy(), 1e-6, "gy at x=" + x + ", y=" + y);
                }
            }
        }
    }

    @Test
    void gradientAndHessianAreTheDerivativesOfTheValue() {
        SplittableRandom random = new SplittableRandom(5);
        SampledSurface s = sampled((x, y) -> x == 0 && y == 0.5 ? Double.NaN : random.nextDouble());
        var interp = new SurfaceInterpolant(s);
        double h = 1e-6;
        for (int n = 0; n < 300; n++) {
            double x = -1.4 + random.nextDouble() * 3.8;
            double y = 0.3 + random.nextDouble() * 1.4;
            Derivatives d = interp.derivatives(x, y);
            Derivatives px = interp.derivatives(x + h, y);
            Derivatives mx = interp.derivatives(x - h, y);
            Derivatives py = interp.derivatives(x, y + h);
            Derivatives my = interp.derivatives(x, y - h);
            if (!(d.isFinite() && px.isFinite() && mx.isFinite() && py.isFinite() && my.isFinite())) {
                continue;
            }
            assertEquals((px.value() - mx.value()) / (2 * h), d.gx(), 1e-5);
            assertEquals((py.value() - my.value()) / (2 * h), d.gy(), 1e-5);
            assertEquals((px.gx() - mx.gx()) / (2 * h), d.hxx(), 1e-4);
            assertEquals((py.gx() - my.gx()) / (2 * h), d.hxy(), 1e-4);
            assertEquals((py.gy() - my.gy()) / (2 * h), d.hyy(), 1e-4);
        }
    }
}
