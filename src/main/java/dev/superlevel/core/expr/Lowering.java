package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.Constant;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed tree into the tree every evaluator runs (interpreter, generated code, duals):
 * <ul>
 *   <li>{@code pi} and {@code e} become literals;</li>
 *   <li>{@code a^n} and {@code pow(a, n)} with a literal integer n, |n| ≤ {@link #MAX_EXPANDED_POWER},
 *       become {@link IntegerPower} (repeated multiplication: faster than {@link Math#pow} and
 *       evaluated the same way everywhere, so all paths agree bit for bit);</li>
 *   <li>subtrees without x, y or parameters are folded to a literal by the interpreter itself, so
 *       folding never changes a value.</li>
 * </ul>
 * Parameters are never folded: one lowered tree serves every parameter value.
 */
final class Lowering {

    static final int MAX_EXPANDED_POWER = 4;

    private Lowering() {
    }

    static Node lower(Node node) {
        Node lowered = lowerChildren(node);
        return isFoldable(lowered) ? new Literal(Interpreter.evaluate(lowered, 0, 0, new double[0])) : lowered;
    }

    private static Node lowerChildren(Node node) {
        if (node instanceof Constant c) {
            return new Literal(c.value());
        }
        if (node instanceof Negation n) {
            return new Negation(lower(n.operand()));
        }
        if (node instanceof BinaryOp b) {
            return power(b.operator(), lower(b.left()), lower(b.right()));
        }
        if (node instanceof Call call) {
            List<Node> arguments = new ArrayList<>();
            for (Node a : call.arguments()) {
                arguments.add(lower(a));
            }
            if (call.function() == MathFunction.POW) {
                return power(Operator.POWER, arguments.get(0), arguments.get(1));
            }
            return new Call(call.function(), arguments);
        }
        return node;
    }

    private static Node power(Operator operator, Node left, Node right) {
        if (operator == Operator.POWER && right instanceof Literal r) {
            double n = r.value();
            if (n == Math.rint(n) && Math.abs(n) <= MAX_EXPANDED_POWER) {
                return new IntegerPower(left, (int) n);
            }
        }
        return new BinaryOp(operator, left, right);
    }

    /** Children are already lowered: a node is foldable when all its children are literals. */
    private static boolean isFoldable(Node node) {
        if (node instanceof Negation n) {
            return n.operand() instanceof Literal;
        }
        if (node instanceof BinaryOp b) {
            return b.left() instanceof Literal && b.right() instanceof Literal;
        }
        if (node instanceof IntegerPower p) {
            return p.base() instanceof Literal;
        }
        if (node instanceof Call c) {
            return c.arguments().stream().allMatch(a -> a instanceof Literal);
        }
        return false;
    }
}
