package dev.superlevel.core.surface;

import dev.superlevel.core.function.Derivatives;

/**
 * Catmull–Rom (Keys a = −1/2) tensor-product evaluation on one cell from its 4 × 4 stencil.
 *
 * <pre>
 *   p(a, b)  = v[base + b·stride + a]  = sample at column i − 1 + a, row j − 1 + b     (a, b = 0..3)
 *   L(t, s)  = Σ_b w_b(s) Σ_a w_a(t) p(a, b)
 *   w(t)     = ( (−t³ + 2t² − t), (3t³ − 5t² + 2), (−3t³ + 4t² + t), (t³ − t²) ) / 2
 * </pre>
 * The stencil is read in place from the surface's array (stride nx) or from a virtual 4 × 4 stencil
 * (stride 4). At t = 0 the weights are exactly (0, 1, 0, 0) and at t = 1 exactly (0, 0, 1, 0), so nodes
 * return the stored sample bit for bit. Derivatives are with respect to grid units, scaled to world units
 * by the caller's 1/h. Stateless; no allocation but the returned record.
 */
final class CatmullRom {

    static final Derivatives UNDEFINED = new Derivatives(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    private CatmullRom() {
    }

    static double value(double[] v, int base, int stride, double t, double s) {
        double a0 = ((2 - t) * t - 1) * t * 0.5;
        double a1 = ((3 * t - 5) * t * t + 2) * 0.5;
        double a2 = ((4 - 3 * t) * t + 1) * t * 0.5;
        double a3 = (t - 1) * t * t * 0.5;
        double b0 = ((2 - s) * s - 1) * s * 0.5;
        double b1 = ((3 * s - 5) * s * s + 2) * 0.5;
        double b2 = ((4 - 3 * s) * s + 1) * s * 0.5;
        double b3 = (s - 1) * s * s * 0.5;
        return b0 * row(v, base, a0, a1, a2, a3) + b1 * row(v, base + stride, a0, a1, a2, a3)
                + b2 * row(v, base + 2 * stride, a0, a1, a2, a3) + b3 * row(v, base + 3 * stride, a0, a1, a2, a3);
    }

    /** Value, gradient and Hessian at (t, s); {@code sx}, {@code sy} = 1/h_x, 1/h_y. */
    static Derivatives derivatives(double[] v, int base, int stride, double t, double s, double sx, double sy) {
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
        int k0 = base;
        int k1 = base + stride;
        int k2 = base + 2 * stride;
        int k3 = base + 3 * stride;
        double r0 = row(v, k0, a0, a1, a2, a3);
        double r1 = row(v, k1, a0, a1, a2, a3);
        double r2 = row(v, k2, a0, a1, a2, a3);
        double r3 = row(v, k3, a0, a1, a2, a3);
        double rx0 = row(v, k0, da0, da1, da2, da3);
        double rx1 = row(v, k1, da0, da1, da2, da3);
        double rx2 = row(v, k2, da0, da1, da2, da3);
        double rx3 = row(v, k3, da0, da1, da2, da3);
        double b0 = ((2 - s) * s - 1) * s * 0.5;
        double b1 = ((3 * s - 5) * s * s + 2) * 0.5;
        double b2 = ((4 - 3 * s) * s + 1) * s * 0.5;
        double b3 = (s - 1) * s * s * 0.5;
        double db0 = (-3 * s * s + 4 * s - 1) * 0.5;
        double db1 = (9 * s - 10) * s * 0.5;
        double db2 = (-9 * s * s + 8 * s + 1) * 0.5;
        double db3 = (3 * s - 2) * s * 0.5;
        double value = b0 * r0 + b1 * r1 + b2 * r2 + b3 * r3;
        double gx = b0 * rx0 + b1 * rx1 + b2 * rx2 + b3 * rx3;
        double gy = db0 * r0 + db1 * r1 + db2 * r2 + db3 * r3;
        double hxx = b0 * row(v, k0, dda0, dda1, dda2, dda3) + b1 * row(v, k1, dda0, dda1, dda2, dda3)
                + b2 * row(v, k2, dda0, dda1, dda2, dda3) + b3 * row(v, k3, dda0, dda1, dda2, dda3);
        double hxy = db0 * rx0 + db1 * rx1 + db2 * rx2 + db3 * rx3;
        double hyy = (2 - 3 * s) * r0 + (9 * s - 5) * r1 + (4 - 9 * s) * r2 + (3 * s - 1) * r3;
        return new Derivatives(value, gx * sx, gy * sy, hxx * sx * sx, hxy * sx * sy, hyy * sy * sy);
    }

    private static double row(double[] v, int k, double w0, double w1, double w2, double w3) {
        return w0 * v[k] + w1 * v[k + 1] + w2 * v[k + 2] + w3 * v[k + 3];
    }
}
