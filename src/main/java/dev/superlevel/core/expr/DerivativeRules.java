package dev.superlevel.core.expr;

import dev.superlevel.core.expr.DerivativeCodeGenerator.D;
import dev.superlevel.core.expr.StraightLineCode.Term;

/**
 * The chain rules of {@link Dual} and the derivative table of {@link MathFunction} as generated code, each
 * formula written with the same operations in the same order as there (see {@link DerivativeCodeGenerator}).
 * Not thread-safe; one instance per generated method.
 */
final class DerivativeRules {

    private static final String NAN = "Double.NaN";

    private final StraightLineCode c;

    DerivativeRules(StraightLineCode code) {
        this.c = code;
    }

    private static Term num(double v) {
        return StraightLineCode.literal(v);
    }

    /** {@link Dual#isConstant()} as a condition: decided now when the derivatives are literals. */
    private String isConstant(D a) {
        StringBuilder test = new StringBuilder();
        for (Term t : new Term[] {a.gx(), a.gy(), a.hxx(), a.hxy(), a.hyy()}) {
            if (t.literal() != null) {
                if (t.literal() != 0) {
                    return "false";
                }
            } else {
                test.append(test.length() > 0 ? " && " : "").append(t.code()).append(" == 0.0");
            }
        }
        return test.length() == 0 ? "true" : c.condition(test.toString());
    }

    private static String not(String condition) {
        return condition.equals("true") ? "false" : condition.equals("false") ? "true" : "!" + condition;
    }

    /** {@link Dual#chain(double, double, double)}. */
    D chain(D a, Term f, Term d1, Term d2) {
        String constant = isConstant(a);
        Term z = StraightLineCode.ZERO;
        Term hxx = c.add(c.multiply(c.multiply(d2, a.gx()), a.gx()), c.multiply(d1, a.hxx()));
        Term hxy = c.add(c.multiply(c.multiply(d2, a.gx()), a.gy()), c.multiply(d1, a.hxy()));
        Term hyy = c.add(c.multiply(c.multiply(d2, a.gy()), a.gy()), c.multiply(d1, a.hyy()));
        return new D(f, c.select(constant, z, c.multiply(d1, a.gx())), c.select(constant, z, c.multiply(d1, a.gy())),
                c.select(constant, z, hxx), c.select(constant, z, hxy), c.select(constant, z, hyy));
    }

    /** {@link Dual#chain(double, Dual, Dual, double, double, double, double, double)}. */
    D chain(Term f, D a, D b, Term fa, Term fb, Term faa, Term fab, Term fbb) {
        String useA = not(isConstant(a));
        String useB = not(isConstant(b));
        Term[] s = {StraightLineCode.ZERO, StraightLineCode.ZERO, StraightLineCode.ZERO, StraightLineCode.ZERO,
            StraightLineCode.ZERO};
        accumulate(s, useA, a, fa, faa);
        accumulate(s, useB, b, fb, fbb);
        String both = useA.equals("false") || useB.equals("false") ? "false"
                : useA.equals("true") ? useB : useB.equals("true") ? useA : c.condition(useA + " && " + useB);
        Term two = num(2);
        s[2] = c.select(both, c.add(s[2], c.multiply(c.multiply(c.multiply(two, fab), a.gx()), b.gx())), s[2]);
        s[3] = c.select(both, c.add(s[3], c.multiply(fab, c.add(c.multiply(a.gx(), b.gy()),
                c.multiply(a.gy(), b.gx())))), s[3]);
        s[4] = c.select(both, c.add(s[4], c.multiply(c.multiply(c.multiply(two, fab), a.gy()), b.gy())), s[4]);
        return new D(f, s[0], s[1], s[2], s[3], s[4]);
    }

    /** One argument's terms of the two-argument chain rule, added when {@code use} holds. */
    private void accumulate(Term[] s, String use, D a, Term fa, Term faa) {
        Term gx = c.add(s[0], c.multiply(fa, a.gx()));
        Term gy = c.add(s[1], c.multiply(fa, a.gy()));
        Term hxx = c.add(s[2], c.add(c.multiply(c.multiply(faa, a.gx()), a.gx()), c.multiply(fa, a.hxx())));
        Term hxy = c.add(s[3], c.add(c.multiply(c.multiply(faa, a.gx()), a.gy()), c.multiply(fa, a.hxy())));
        Term hyy = c.add(s[4], c.add(c.multiply(c.multiply(faa, a.gy()), a.gy()), c.multiply(fa, a.hyy())));
        Term[] next = {gx, gy, hxx, hxy, hyy};
        for (int k = 0; k < 5; k++) {
            s[k] = c.select(use, next[k], s[k]);
        }
    }

    /** {@code Interpreter.integerPower} as code: left-to-right products, 1/product for n &lt; 0. */
    private Term power(Term u, int n) {
        if (n == 0) {
            return StraightLineCode.ONE;
        }
        Term product = u;
        for (int i = 1; i < Math.abs(n); i++) {
            product = c.multiply(product, u);
        }
        return n > 0 ? product : c.divide(StraightLineCode.ONE, product);
    }

    /** {@code DualEvaluator.integerPower}. */
    D integerPower(D a, int n) {
        Term f = power(a.v(), n);
        if (n == 0) {
            return DerivativeCodeGenerator.constant(f);
        }
        Term d1 = c.multiply(num(n), power(a.v(), n - 1));
        Term d2 = n == 1 ? StraightLineCode.ZERO : c.multiply(num(n * (n - 1)), power(a.v(), n - 2));
        return chain(a, f, d1, d2);
    }

    /** {@link MathFunction#power}: a^b with value {@code f}. */
    D power(Term f, D a, D b) {
        Term p = a.v();
        Term q = b.v();
        Term pm1 = c.call("Math.pow", p, c.subtract(q, num(1)));
        Term lnp = c.call("Math.log", p);
        Term faa = c.multiply(c.multiply(q, c.subtract(q, num(1))), c.call("Math.pow", p, c.subtract(q, num(2))));
        return chain(f, a, b, c.multiply(q, pm1), c.multiply(f, lnp), faa,
                c.multiply(pm1, c.add(num(1), c.multiply(q, lnp))), c.multiply(c.multiply(f, lnp), lnp));
    }

    /** {@link MathFunction#apply(Dual, Dual)} for atan2, hypot, min, max, pow. */
    D binaryFunction(MathFunction function, D a, D b) {
        Term p = a.v();
        Term q = b.v();
        Term f = c.call(function.javaName(), p, q);
        switch (function) {
            case MIN: return select(f, a, b, c.condition(p.code() + " <= " + q.code()));
            case MAX: return select(f, a, b, c.condition(p.code() + " >= " + q.code()));
            case ATAN2: {
                Term r = c.add(c.multiply(p, p), c.multiply(q, q));
                Term r2 = c.multiply(r, r);
                Term pq = c.multiply(c.multiply(num(-2), p), q);
                return chain(f, a, b, c.divide(q, r), c.divide(c.negate(p), r), c.divide(pq, r2),
                        c.divide(c.subtract(c.multiply(p, p), c.multiply(q, q)), r2),
                        c.divide(c.multiply(c.multiply(num(2), p), q), r2));
            }
            case HYPOT: return hypot(f, a, b);
            default: return power(f, a, b);
        }
    }

    private D hypot(Term f, D a, D b) {
        Term p = a.v();
        Term q = b.v();
        String zero = c.condition(f.code() + " == 0.0");
        Term f3 = c.multiply(c.multiply(f, f), f);
        Term z = StraightLineCode.ZERO;
        return chain(f, a, b, c.select(zero, z, c.divide(p, f)), c.select(zero, z, c.divide(q, f)),
                c.select(zero, z, c.divide(c.multiply(q, q), f3)),
                c.select(zero, z, c.divide(c.multiply(c.negate(p), q), f3)),
                c.select(zero, z, c.divide(c.multiply(p, p), f3)));
    }

    /** {@code MathFunction.select}: NaN everywhere for a NaN value, else the chosen argument's derivatives. */
    private D select(Term f, D a, D b, String first) {
        String nan = c.condition("Double.isNaN(" + f.code() + ")");
        Term n = StraightLineCode.local(NAN);
        return new D(f, c.select(nan, n, c.select(first, a.gx(), b.gx())),
                c.select(nan, n, c.select(first, a.gy(), b.gy())), c.select(nan, n, c.select(first, a.hxx(), b.hxx())),
                c.select(nan, n, c.select(first, a.hxy(), b.hxy())), c.select(nan, n, c.select(first, a.hyy(), b.hyy())));
    }

    /** {@link MathFunction#apply(Dual, Dual)} for the one-argument functions. */
    D unaryFunction(MathFunction function, D a) {
        Term u = a.v();
        Term f = c.call(function.javaName(), u);
        Term one = num(1);
        switch (function) {
            case SIN: return chain(a, f, c.call("Math.cos", u), c.negate(f));
            case COS: return chain(a, f, c.negate(c.call("Math.sin", u)), c.negate(f));
            case TAN: {
                Term s = c.add(one, c.multiply(f, f));
                return chain(a, f, s, c.multiply(c.multiply(num(2), f), s));
            }
            case ASIN: case ACOS: {
                Term w = c.subtract(one, c.multiply(u, u));
                Term sign = num(function == MathFunction.ASIN ? 1 : -1);
                Term top = function == MathFunction.ASIN ? u : c.negate(u);
                return chain(a, f, c.divide(sign, c.call("Math.sqrt", w)), c.divide(top, c.call("Math.pow", w, num(1.5))));
            }
            case ATAN: {
                Term w = c.add(one, c.multiply(u, u));
                return chain(a, f, c.divide(one, w), c.divide(c.multiply(num(-2), u), c.multiply(w, w)));
            }
            case SINH: return chain(a, f, c.call("Math.cosh", u), f);
            case COSH: return chain(a, f, c.call("Math.sinh", u), f);
            case TANH: {
                Term s = c.subtract(one, c.multiply(f, f));
                return chain(a, f, s, c.multiply(c.multiply(num(-2), f), s));
            }
            case EXP: return chain(a, f, f, f);
            default: return unaryFunctionContinued(function, a, f);
        }
    }

    private D unaryFunctionContinued(MathFunction function, D a, Term f) {
        Term u = a.v();
        Term one = num(1);
        switch (function) {
            case LOG: case LN: return chain(a, f, c.divide(one, u), c.divide(num(-1), c.multiply(u, u)));
            case LOG10: {
                Term ln10 = num(Math.log(10));
                return chain(a, f, c.divide(one, c.multiply(u, ln10)),
                        c.divide(num(-1), c.multiply(c.multiply(u, u), ln10)));
            }
            case SQRT: return chain(a, f, c.divide(num(0.5), f), c.divide(num(-0.25), c.multiply(u, f)));
            case CBRT: {
                Term f2 = c.multiply(c.multiply(num(3), f), f);
                Term f5 = c.multiply(c.multiply(c.multiply(c.multiply(c.multiply(num(9), f), f), f), f), f);
                return chain(a, f, c.divide(one, f2), c.divide(num(-2), f5));
            }
            case ABS: return chain(a, f, c.call("Math.signum", u), StraightLineCode.ZERO);
            default: return chain(a, f, StraightLineCode.ZERO, StraightLineCode.ZERO);
        }
    }
}
