package dev.superlevel.core.expr;

import dev.superlevel.core.function.Derivatives;

/**
 * A second-order forward-mode dual number in two variables: a value with its gradient and Hessian
 * with respect to (x, y). Every operation computes its value with exactly the double operations of
 * the plain evaluators, so {@code derivatives(x, y).value() == value(x, y)} bit for bit.
 */
record Dual(double v, double gx, double gy, double hxx, double hxy, double hyy) {

    static Dual constant(double c) {
        return new Dual(c, 0, 0, 0, 0, 0);
    }

    static Dual x(double x) {
        return new Dual(x, 1, 0, 0, 0, 0);
    }

    static Dual y(double y) {
        return new Dual(y, 0, 1, 0, 0, 0);
    }

    /** True when every derivative is exactly zero (a constant with respect to x and y). */
    boolean isConstant() {
        return gx == 0 && gy == 0 && hxx == 0 && hxy == 0 && hyy == 0;
    }

    Derivatives toDerivatives() {
        return new Derivatives(v, gx, gy, hxx, hxy, hyy);
    }

    Dual negate() {
        return new Dual(-v, -gx, -gy, -hxx, -hxy, -hyy);
    }

    Dual add(Dual b) {
        return new Dual(v + b.v, gx + b.gx, gy + b.gy, hxx + b.hxx, hxy + b.hxy, hyy + b.hyy);
    }

    Dual subtract(Dual b) {
        return new Dual(v - b.v, gx - b.gx, gy - b.gy, hxx - b.hxx, hxy - b.hxy, hyy - b.hyy);
    }

    /** Product rule: (ab)'' = a''b + a'b'ᵀ + b'a'ᵀ + ab''. */
    Dual multiply(Dual b) {
        return new Dual(v * b.v,
                gx * b.v + v * b.gx,
                gy * b.v + v * b.gy,
                hxx * b.v + 2 * gx * b.gx + v * b.hxx,
                hxy * b.v + gx * b.gy + gy * b.gx + v * b.hxy,
                hyy * b.v + 2 * gy * b.gy + v * b.hyy);
    }

    /** Quotient q = a/b: q' = (a' − q b')/b, q'' = (a'' − q'b'ᵀ − b'q'ᵀ − q b'')/b. */
    Dual divide(Dual b) {
        double q = v / b.v;
        double qx = (gx - q * b.gx) / b.v;
        double qy = (gy - q * b.gy) / b.v;
        return new Dual(q, qx, qy,
                (hxx - 2 * qx * b.gx - q * b.hxx) / b.v,
                (hxy - qx * b.gy - qy * b.gx - q * b.hxy) / b.v,
                (hyy - 2 * qy * b.gy - q * b.hyy) / b.v);
    }

    /**
     * Chain rule for f(this): value {@code f} (computed by the caller exactly as the plain evaluator
     * does), first derivative {@code d1} and second derivative {@code d2} of f at {@code v}.
     */
    Dual chain(double f, double d1, double d2) {
        if (isConstant()) {
            return constant(f);
        }
        return new Dual(f, d1 * gx, d1 * gy,
                d2 * gx * gx + d1 * hxx,
                d2 * gx * gy + d1 * hxy,
                d2 * gy * gy + d1 * hyy);
    }

    /**
     * Chain rule for f(a, b) with partial derivatives fa, fb, faa, fab, fbb at (a.v, b.v). Terms of an
     * argument that is constant in (x, y) are skipped, so an infinite or NaN partial with respect to
     * a constant argument (e.g. ∂(a^b)/∂b = a^b·ln a for a &lt; 0) does not poison the result.
     */
    static Dual chain(double f, Dual a, Dual b, double fa, double fb, double faa, double fab, double fbb) {
        boolean useA = !a.isConstant();
        boolean useB = !b.isConstant();
        double gx = 0, gy = 0, hxx = 0, hxy = 0, hyy = 0;
        if (useA) {
            gx += fa * a.gx;
            gy += fa * a.gy;
            hxx += faa * a.gx * a.gx + fa * a.hxx;
            hxy += faa * a.gx * a.gy + fa * a.hxy;
            hyy += faa * a.gy * a.gy + fa * a.hyy;
        }
        if (useB) {
            gx += fb * b.gx;
            gy += fb * b.gy;
            hxx += fbb * b.gx * b.gx + fb * b.hxx;
            hxy += fbb * b.gx * b.gy + fb * b.hxy;
            hyy += fbb * b.gy * b.gy + fb * b.hyy;
        }
        if (useA && useB) {
            hxx += 2 * fab * a.gx * b.gx;
            hxy += fab * (a.gx * b.gy + a.gy * b.gx);
            hyy += 2 * fab * a.gy * b.gy;
        }
        return new Dual(f, gx, gy, hxx, hxy, hyy);
    }
}
