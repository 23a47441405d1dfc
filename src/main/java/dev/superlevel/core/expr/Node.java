package dev.superlevel.core.expr;

import java.util.List;

/**
 * The abstract syntax tree of an expression. The parser produces every kind but
 * {@link IntegerPower}; {@link Lowering} turns a parsed tree into the evaluated form (constants
 * folded, {@link Constant}s replaced by literals, small integer powers as {@link IntegerPower}).
 */
sealed interface Node {

    /** A number literal. */
    record Literal(double value) implements Node {
    }

    /** {@code pi} or {@code e}. */
    record Constant(String name, double value) implements Node {
    }

    /** {@code x} (axis 0) or {@code y} (axis 1). */
    record Variable(int axis) implements Node {
        String name() {
            return axis == 0 ? "x" : "y";
        }
    }

    /** A named parameter, read from slot {@code index} of the parameter array. */
    record Parameter(int index, String name) implements Node {
    }

    /** Unary minus. */
    record Negation(Node operand) implements Node {
    }

    /** A binary operator: {@code + - * / ^}. */
    record BinaryOp(Operator operator, Node left, Node right) implements Node {
    }

    /**
     * {@code base^exponent} for a literal integer exponent, evaluated by repeated multiplication,
     * left to right ({@code x^3 = (x*x)*x}; negative: {@code 1/(x*x)}) in every evaluation path.
     */
    record IntegerPower(Node base, int exponent) implements Node {
    }

    /** A function call; {@code arguments.size() == function.arity()}. */
    record Call(MathFunction function, List<Node> arguments) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
