package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;
import dev.superlevel.core.function.Derivatives;

/**
 * Exact value, gradient and Hessian of a lowered tree by second-order forward-mode differentiation
 * ({@link Dual}). The value component is computed by the same double operations as
 * {@link Interpreter}, so it equals the plain value bit for bit.
 */
final class DualEvaluator {

    private DualEvaluator() {
    }

    /** This evaluator as a {@link DerivativeKernel} for {@code root}: the reference, and the fallback. */
    static DerivativeKernel kernel(Node root) {
        return new Kernel(root);
    }

    /** The interpreting {@link DerivativeKernel}. */
    record Kernel(Node root) implements DerivativeKernel {
        @Override
        public Derivatives derivatives(double x, double y, double[] parameters) {
            return evaluate(root, x, y, parameters).toDerivatives();
        }
    }

    static Dual evaluate(Node node, double x, double y, double[] p) {
        if (node instanceof Literal l) {
            return Dual.constant(l.value());
        }
        if (node instanceof Variable v) {
            return v.axis() == 0 ? Dual.x(x) : Dual.y(y);
        }
        if (node instanceof Parameter q) {
            return Dual.constant(p[q.index()]);
        }
        if (node instanceof Negation n) {
            return evaluate(n.operand(), x, y, p).negate();
        }
        if (node instanceof BinaryOp b) {
            return binary(b.operator(), evaluate(b.left(), x, y, p), evaluate(b.right(), x, y, p));
        }
        if (node instanceof IntegerPower ip) {
            return integerPower(evaluate(ip.base(), x, y, p), ip.exponent());
        }
        if (node instanceof Call c) {
            Dual a = evaluate(c.arguments().get(0), x, y, p);
            Dual b = c.arguments().size() > 1 ? evaluate(c.arguments().get(1), x, y, p) : Dual.constant(0);
            return c.function().apply(a, b);
        }
        throw new IllegalStateException("not a lowered node: " + node);
    }

    private static Dual binary(Operator operator, Dual a, Dual b) {
        switch (operator) {
            case ADD: return a.add(b);
            case SUBTRACT: return a.subtract(b);
            case MULTIPLY: return a.multiply(b);
            case DIVIDE: return a.divide(b);
            default: return MathFunction.power(Math.pow(a.v(), b.v()), a, b);
        }
    }

    /** d/du u^n = n u^(n−1), d²/du² = n(n−1) u^(n−2); the value by {@link Interpreter#integerPower}. */
    private static Dual integerPower(Dual a, int n) {
        double u = a.v();
        double f = Interpreter.integerPower(u, n);
        if (n == 0) {
            return Dual.constant(f);
        }
        double d1 = n * Interpreter.integerPower(u, n - 1);
        double d2 = n == 1 ? 0 : n * (n - 1) * Interpreter.integerPower(u, n - 2);
        return a.chain(f, d1, d2);
    }
}
