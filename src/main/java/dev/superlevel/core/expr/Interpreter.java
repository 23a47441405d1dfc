package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;

/**
 * Tree-walking evaluation of a lowered tree: the reference semantics, used for constant folding and as
 * the fallback when run-time code generation is unavailable. Stateless and thread-safe.
 */
final class Interpreter implements ExpressionKernel {

    private final Node root;

    Interpreter(Node root) {
        this.root = root;
    }

    @Override
    public double value(double x, double y, double[] parameters) {
        return evaluate(root, x, y, parameters);
    }

    @Override
    public void row(double[] xs, double y, double[] parameters, double[] out, int offset) {
        for (int i = 0; i < xs.length; i++) {
            out[offset + i] = evaluate(root, xs[i], y, parameters);
        }
    }

    static double evaluate(Node node, double x, double y, double[] p) {
        if (node instanceof Literal l) {
            return l.value();
        }
        if (node instanceof Variable v) {
            return v.axis() == 0 ? x : y;
        }
        if (node instanceof BinaryOp b) {
            return b.operator().apply(evaluate(b.left(), x, y, p), evaluate(b.right(), x, y, p));
        }
        if (node instanceof IntegerPower ip) {
            return integerPower(evaluate(ip.base(), x, y, p), ip.exponent());
        }
        if (node instanceof Negation n) {
            return -evaluate(n.operand(), x, y, p);
        }
        if (node instanceof Parameter q) {
            return p[q.index()];
        }
        if (node instanceof Call c) {
            double a = evaluate(c.arguments().get(0), x, y, p);
            double b = c.arguments().size() > 1 ? evaluate(c.arguments().get(1), x, y, p) : 0;
            return c.function().apply(a, b);
        }
        throw new IllegalStateException("not a lowered node: " + node);
    }

    /** a^n by left-to-right multiplication: a^3 = (a*a)*a, a^−2 = 1/(a*a), a^0 = 1 (as Math.pow). */
    static double integerPower(double a, int n) {
        if (n == 0) {
            return 1.0;
        }
        int m = Math.abs(n);
        double product = a;
        for (int i = 1; i < m; i++) {
            product *= a;
        }
        return n > 0 ? product : 1.0 / product;
    }
}
