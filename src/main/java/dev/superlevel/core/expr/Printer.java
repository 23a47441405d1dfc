package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.Constant;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;

/**
 * The canonical, fully parenthesised text of a tree: every operation in parentheses
 * ({@code -x^2} → {@code (-(x^2))}), {@code **} written {@code ^}, integral numbers without a
 * fraction ({@code 2}), others in Java's shortest round-trip form ({@code 0.5}, {@code 1.0E-10}).
 * The canonical text parses back to the same tree.
 */
final class Printer {

    private Printer() {
    }

    static String print(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Literal l) {
            out.append(number(l.value()));
        } else if (node instanceof Constant c) {
            out.append(c.name());
        } else if (node instanceof Variable v) {
            out.append(v.name());
        } else if (node instanceof Parameter p) {
            out.append(p.name());
        } else if (node instanceof Negation n) {
            out.append("(-");
            append(n.operand(), out);
            out.append(')');
        } else if (node instanceof BinaryOp b) {
            out.append('(');
            append(b.left(), out);
            out.append(b.operator().symbol());
            append(b.right(), out);
            out.append(')');
        } else if (node instanceof IntegerPower p) {
            out.append('(');
            append(p.base(), out);
            out.append('^').append(p.exponent() < 0 ? "(" + p.exponent() + ")" : p.exponent()).append(')');
        } else if (node instanceof Call c) {
            out.append(c.function().functionName()).append('(');
            for (int k = 0; k < c.arguments().size(); k++) {
                out.append(k == 0 ? "" : ", ");
                append(c.arguments().get(k), out);
            }
            out.append(')');
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
