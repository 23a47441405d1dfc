package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the Java source of an {@link ExpressionKernel} for a lowered tree. The code is in
 * single-assignment form ({@code final double t3 = t1 * t2;}), so no Java expression nests deeper than
 * one operation whatever the tree's depth; it performs exactly the double operations of
 * {@link Interpreter}, in the same order, so results agree bit for bit. In the row loop, subtrees
 * that do not depend on x are computed once per row, before the loop; structurally equal subtrees
 * are computed once (value numbering on the generated right-hand side: equal subtrees get equal
 * operand names bottom-up, so their operations read the same. Keyed by text, not by {@link Node}:
 * a record's hashCode recurses through the whole subtree and overflows the stack on deep trees).
 */
final class CodeGenerator {

    static final String CLASS_NAME = "GeneratedKernel";

    /** A generated operand: a local name or literal, and whether it varies along a row (depends on x). */
    private record Operand(String code, boolean varies) {
    }

    private final boolean hoist;
    private final StringBuilder invariant = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Map<String, Operand> computed = new HashMap<>();
    private final SortedSet<Integer> usedParameters = new TreeSet<>();
    private int temporaries;

    private CodeGenerator(boolean hoist) {
        this.hoist = hoist;
    }

    /**
     * The kernel's source. Only the parameters the tree uses get a local ({@code final double p3 = p[3];}):
     * a function may declare many, and the compiler's time grows faster than linearly in the locals.
     */
    static String generate(Node root, int parameterCount) {
        CodeGenerator scalar = new CodeGenerator(false);
        String scalarResult = scalar.emit(root).code();
        CodeGenerator row = new CodeGenerator(true);
        String rowResult = row.emit(root).code();
        StringBuilder parameters = new StringBuilder();
        for (int k : scalar.usedParameters) {
            if (k < parameterCount) {
                parameters.append("    final double p").append(k).append(" = p[").append(k).append("];\n");
            }
        }
        return "public final class " + CLASS_NAME + " implements " + ExpressionKernel.class.getName() + " {\n"
                + "  public double value(double x, double y, double[] p) {\n"
                + parameters + scalar.body + "    return " + scalarResult + ";\n  }\n"
                + "  public void row(double[] xs, double y, double[] p, double[] out, int off) {\n"
                + parameters + row.invariant
                + "    for (int i = 0; i < xs.length; i++) {\n      final double x = xs[i];\n"
                + row.body + "      out[off + i] = " + rowResult + ";\n    }\n  }\n}\n";
    }

    private Operand emit(Node node) {
        if (node instanceof Literal l) {
            return new Operand(literal(l.value()), false);
        }
        if (node instanceof Variable v) {
            return new Operand(v.name(), v.axis() == 0);
        }
        if (node instanceof Parameter p) {
            usedParameters.add(p.index());
            return new Operand("p" + p.index(), false);
        }
        return emitOperation(node);
    }

    private Operand emitOperation(Node node) {
        if (node instanceof Negation n) {
            Operand a = emit(n.operand());
            return assign("-" + a.code(), a.varies());
        }
        if (node instanceof BinaryOp b) {
            Operand l = emit(b.left());
            Operand r = emit(b.right());
            String code = b.operator() == Operator.POWER ? "Math.pow(" + l.code() + ", " + r.code() + ")"
                    : l.code() + " " + b.operator().symbol() + " " + r.code();
            return assign(code, l.varies() || r.varies());
        }
        if (node instanceof IntegerPower p) {
            Operand a = emit(p.base());
            return assign(integerPower(a.code(), p.exponent()), a.varies());
        }
        Call c = (Call) node;
        Operand[] arguments = c.arguments().stream().map(this::emit).toArray(Operand[]::new);
        String list = java.util.Arrays.stream(arguments).map(Operand::code).collect(Collectors.joining(", "));
        boolean varies = java.util.Arrays.stream(arguments).anyMatch(Operand::varies);
        return assign(c.function().javaName() + "(" + list + ")", varies);
    }

    private Operand assign(String expression, boolean varies) {
        Operand known = computed.get(expression);
        if (known != null) {
            return known;
        }
        String name = "t" + temporaries++;
        boolean inLoop = varies || !hoist;
        StringBuilder target = inLoop ? body : invariant;
        target.append(inLoop && hoist ? "      " : "    ");
        target.append("final double ").append(name).append(" = ").append(expression).append(";\n");
        Operand operand = new Operand(name, varies);
        computed.put(expression, operand);
        return operand;
    }

    /** Mirrors {@link Interpreter#integerPower}: (a*a)*a, 1.0 / (a*a), 1.0 for n = 0. */
    private static String integerPower(String a, int n) {
        if (n == 0) {
            return "1.0";
        }
        String product = String.join(" * ", java.util.Collections.nCopies(Math.abs(n), a));
        return n > 0 ? product : "1.0 / (" + product + ")";
    }

    static String literal(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        String text = Double.toString(v);
        return v < 0 || text.startsWith("-") ? "(" + text + ")" : text;
    }
}
