package dev.superlevel.core.surface;

import dev.superlevel.core.function.Derivatives;

/**
 * Catmull–Rom (Keys a = −1/2) tensor-product evaluation on one cell from its 4 × 4 stencil.
 *
 * <pre>
 *   p[4·b + a] = sample at column i − 1 + a, row j − 1 + b        (a, b = 0..3)
 *   L(t, s)    = Σ_b w_b(s) Σ_a w_a(t) p[4·b + a]
 *   w(t)       = ( (−t³ + 2t² − t), (3t³ − 5t² + 2), (−3t³ + 4t² + t), (t³ − t²) ) / 2
 * </pre>
 * At t = 0 the weights are exactly (0, 1, 0, 0) and at t = 1 exactly (0, 0, 1, 0), so nodes return the
 * stored sample bit for bit. Derivatives are with respect to grid units, scaled to world units by the
 * caller's 1/h. Stateless.
 */
final class CatmullRom {

    static final Derivatives UNDEFINED = new Derivatives(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    private CatmullRom() {
    }

    static double value(double[] p, double t, double s) {
        double a0 = ((2 - t) * t - 1) * t * 0.5;
        double a1 = ((3 * t - 5) * t * t + 2) * 0.5;
        double a2 = ((4 - 3 * t) * t + 1) * t * 0.5;
        double a3 = (t - 1) * t * t * 0.5;
        double b0 = ((2 - s) * s - 1) * s * 0.5;
        double b1 = ((3 * s - 5) * s * s + 2) * 0.5;
        double b2 = ((4 - 3 * s) * s + 1) * s * 0.5;
        double b3 = (s - 1) * s * s * 0.5;
        return b0 * row(p, 0, a0, a1, a2, a3) + b1 * row(p, 4, a0, a1, a2, a3)
                + b2 * row(p, 8, a0, a1, a2, a3) + b3 * row(p, 12, a0, a1, a2, a3);
    }

    /** Value, gradient and Hessian at (t, s); {@code sx}, {@code sy} = 1/h_x, 1/h_y. */
    static Derivatives derivatives(double[] p, double t, double s, double sx, double sy) {
        double a0 = ((2 - t) * t - 1) * t * 0.5;
        double a1 = ((3 * t - 5) * t * t + 2) * 0.5;
        double a2 = ((4 - 3 * t) * t + 1) * t * 0.5;
        double a3 = (t - 1) * t * t * 0.5;
        double da0 = (-3 * t * t + 4 * t - 1) * 0.5;
        double da1 = (9 * t - 10) * t * 0.5;
        double da2 = (-9 * t * t + 8 * t + 1) * 0.5;
        double da3 = (3 * t - 2) * t * 0.5;
        double dda0 = 2 - 3 * t;
        double dda1 = 9 * t - 5;
        double dda2 = 4 - 9 * t;
        double dda3 = 3 * t - 1;
        double value = 0;
        double gx = 0;
        double gy = 0;
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int b = 0; b < 4; b++) {
            int k = 4 * b;
            double r = row(p, k, a0, a1, a2, a3);
            double rx = row(p, k, da0, da1, da2, da3);
            double rxx = row(p, k, dda0, dda1, dda2, dda3);
            double wb = weight(b, s);
            double dwb = slope(b, s);
            double ddwb = curvature(b, s);
            value += wb * r;
            gx += wb * rx;
            gy += dwb * r;
            hxx += wb * rxx;
            hxy += dwb * rx;
            hyy += ddwb * r;
        }
        return new Derivatives(value, gx * sx, gy * sy, hxx * sx * sx, hxy * sx * sy, hyy * sy * sy);
    }

    private static double row(double[] p, int k, double w0, double w1, double w2, double w3) {
        return w0 * p[k] + w1 * p[k + 1] + w2 * p[k + 2] + w3 * p[k + 3];
    }

    private static double weight(int b, double s) {
        switch (b) {
            case 0: return ((2 - s) * s - 1) * s * 0.5;
            case 1: return ((3 * s - 5) * s * s + 2) * 0.5;
            case 2: return ((4 - 3 * s) * s + 1) * s * 0.5;
            default: return (s - 1) * s * s * 0.5;
        }
    }

    private static double slope(int b, double s) {
        switch (b) {
            case 0: return (-3 * s * s + 4 * s - 1) * 0.5;
            case 1: return (9 * s - 10) * s * 0.5;
            case 2: return (-9 * s * s + 8 * s + 1) * 0.5;
            default: return (3 * s - 2) * s * 0.5;
        }
    }

    private static double curvature(int b, double s) {
        switch (b) {
            case 0: return 2 - 3 * s;
            case 1: return 9 * s - 5;
            case 2: return 4 - 9 * s;
            default: return 3 * s - 1;
        }
    }
}
