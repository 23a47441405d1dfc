package dev.superlevel.core.optim;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;

/** Hand-written losses with exact derivatives, independent of the expression engine. */
final class TestLosses {

    private TestLosses() {
    }

    /** L = 0.5·(a·x² + b·y²). */
    static LossFunction quadratic(double a, double b) {
        return new LossFunction() {
            @Override
            public double value(double x, double y) {
                return 0.5 * (a * x * x + b * y * y);
            }

            @Override
            public Derivatives derivatives(double x, double y) {
                return new Derivatives(value(x, y), a * x, b * y, a, 0.0, b);
            }
        };
    }

    /** The golden files' quadratic 0.5·(x² + 10y²). */
    static LossFunction quadratic() {
        return quadratic(1.0, 10.0);
    }

    /** Rosenbrock (1 − x)² + 100(y − x²)². */
    static LossFunction rosenbrock() {
        return new LossFunction() {
            @Override
            public double value(double x, double y) {
                double u = 1 - x;
                double w = y - x * x;
                return u * u + 100 * w * w;
            }

            @Override
            public Derivatives derivatives(double x, double y) {
                double w = y - x * x;
                double gx = -2 * (1 - x) - 400 * x * w;
                double gy = 200 * w;
                double hxx = 2 - 400 * w + 800 * x * x;
                return new Derivatives(value(x, y), gx, gy, hxx, -400 * x, 200);
            }
        };
    }

    /** L = |x| + |y|, whose gradient is the subgradient (sign x, sign y). */
    static LossFunction absolute() {
        return new LossFunction() {
            @Override
            public double value(double x, double y) {
                return Math.abs(x) + Math.abs(y);
            }

            @Override
            public Derivatives derivatives(double x, double y) {
                return new Derivatives(value(x, y), Math.signum(x), Math.signum(y), 0, 0, 0);
            }
        };
    }
}
