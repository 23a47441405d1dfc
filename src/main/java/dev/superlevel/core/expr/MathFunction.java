package dev.superlevel.core.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The functions of the expression language, each with its value (a {@link Math} method, the same in
 * every evaluation path) and exact first and second derivatives.
 *
 * <p>Conventions at kinks: abs'(0) = 0, sign' = floor' = ceil' = 0 everywhere, min/max take the
 * derivatives of the selected argument (ties: the first), hypot has gradient and Hessian 0 at (0, 0)
 * (as abs = hypot(a, 0) does).
 */
enum MathFunction {
    SIN(1, "Math.sin"),
    COS(1, "Math.cos"),
    TAN(1, "Math.tan"),
    ASIN(1, "Math.asin"),
    ACOS(1, "Math.acos"),
    ATAN(1, "Math.atan"),
    ATAN2(2, "Math.atan2"),
    SINH(1, "Math.sinh"),
    COSH(1, "Math.cosh"),
    TANH(1, "Math.tanh"),
    EXP(1, "Math.exp"),
    /** Natural logarithm, a synonym of {@link #LN}. */
    LOG(1, "Math.log"),
    LN(1, "Math.log"),
    LOG10(1, "Math.log10"),
    SQRT(1, "Math.sqrt"),
    CBRT(1, "Math.cbrt"),
    ABS(1, "Math.abs"),
    SIGN(1, "Math.signum"),
    MIN(2, "Math.min"),
    MAX(2, "Math.max"),
    POW(2, "Math.pow"),
    HYPOT(2, "Math.hypot"),
    FLOOR(1, "Math.floor"),
    CEIL(1, "Math.ceil");

    private static final double LN10 = Math.log(10);

    private final int arity;
    private final String javaName;

    MathFunction(int arity, String javaName) {
        this.arity = arity;
        this.javaName = javaName;
    }

    /** The name as typed in expressions. */
    String functionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    int arity() {
        return arity;
    }

    /** The fully qualified Java method generated code calls; {@link #apply} calls the same one. */
    String javaName() {
        return javaName;
    }

    static MathFunction byName(String name) {
        for (MathFunction f : values()) {
            if (f.functionName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(MathFunction::functionName).toList();
    }

    /** The value at (a) or (a, b); {@code b} is ignored by one-argument functions. */
    double apply(double a, double b) {
        switch (this) {
            case SIN: return Math.sin(a);
            case COS: return Math.cos(a);
            case TAN: return Math.tan(a);
            case ASIN: return Math.asin(a);
            case ACOS: return Math.acos(a);
            case ATAN: return Math.atan(a);
            case ATAN2: return Math.atan2(a, b);
            case SINH: return Math.sinh(a);
            case COSH: return Math.cosh(a);
            case TANH: return Math.tanh(a);
            case EXP: return Math.exp(a);
            case LOG: case LN: return Math.log(a);
            case LOG10: return Math.log10(a);
            case SQRT: return Math.sqrt(a);
            case CBRT: return Math.cbrt(a);
            case ABS: return Math.abs(a);
            case SIGN: return Math.signum(a);
            case MIN: return Math.min(a, b);
            case MAX: return Math.max(a, b);
            case POW: return Math.pow(a, b);
            case HYPOT: return Math.hypot(a, b);
            case FLOOR: return Math.floor(a);
            default: return Math.ceil(a);
        }
    }

    /** The function applied to dual numbers; the value component equals {@link #apply} exactly. */
    Dual apply(Dual a, Dual b) {
        if (arity == 2) {
            return applyBinary(a, b);
        }
        double u = a.v();
        double f = apply(u, 0);
        switch (this) {
            case SIN: return a.chain(f, Math.cos(u), -f);
            case COS: return a.chain(f, -Math.sin(u), -f);
            case TAN: return a.chain(f, 1 + f * f, 2 * f * (1 + f * f));
            case ASIN: return a.chain(f, 1 / Math.sqrt(1 - u * u), u / Math.pow(1 - u * u, 1.5));
            case ACOS: return a.chain(f, -1 / Math.sqrt(1 - u * u), -u / Math.pow(1 - u * u, 1.5));
            case ATAN: return a.chain(f, 1 / (1 + u * u), -2 * u / ((1 + u * u) * (1 + u * u)));
            case SINH: return a.chain(f, Math.cosh(u), f);
            case COSH: return a.chain(f, Math.sinh(u), f);
            case TANH: return a.chain(f, 1 - f * f, -2 * f * (1 - f * f));
            case EXP: return a.chain(f, f, f);
            case LOG: case LN: return a.chain(f, 1 / u, -1 / (u * u));
            case LOG10: return a.chain(f, 1 / (u * LN10), -1 / (u * u * LN10));
            case SQRT: return a.chain(f, 0.5 / f, -0.25 / (u * f));
            case CBRT: return a.chain(f, 1 / (3 * f * f), -2 / (9 * f * f * f * f * f));
            case ABS: return a.chain(f, Math.signum(u), 0);
            default: return a.chain(f, 0, 0); // sign, floor, ceil: piecewise constant
        }
    }

    private Dual applyBinary(Dual a, Dual b) {
        double p = a.v();
        double q = b.v();
        double f = apply(p, q);
        switch (this) {
            case MIN: return select(f, a, b, p <= q);
            case MAX: return select(f, a, b, p >= q);
            case ATAN2: {
                double r = p * p + q * q;
                double r2 = r * r;
                return Dual.chain(f, a, b, q / r, -p / r, -2 * p * q / r2, (p * p - q * q) / r2, 2 * p * q / r2);
            }
            case HYPOT: {
                if (f == 0) {
                    return Dual.chain(f, a, b, 0, 0, 0, 0, 0);
                }
                double f3 = f * f * f;
                return Dual.chain(f, a, b, p / f, q / f, q * q / f3, -p * q / f3, p * p / f3);
            }
            default: return power(f, a, b);
        }
    }

    private static Dual select(double f, Dual a, Dual b, boolean first) {
        if (Double.isNaN(f)) {
            return new Dual(f, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Dual s = first ? a : b;
        return new Dual(f, s.gx(), s.gy(), s.hxx(), s.hxy(), s.hyy());
    }

    /** a^b: ∂/∂a = b a^(b−1), ∂/∂b = a^b ln a, and their second derivatives. */
    static Dual power(double f, Dual a, Dual b) {
        double p = a.v();
        double q = b.v();
        double pm1 = Math.pow(p, q - 1);
        double lnp = Math.log(p);
        return Dual.chain(f, a, b, q * pm1, f * lnp, q * (q - 1) * Math.pow(p, q - 2),
                pm1 * (1 + q * lnp), f * lnp * lnp);
    }
}
