package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;
import dev.superlevel.core.expr.StraightLineCode.Term;
import dev.superlevel.core.function.Derivatives;

/**
 * Writes the Java source of a {@link DerivativeKernel} for a lowered tree: the forward-mode dual numbers of
 * {@link DualEvaluator} unrolled into straight-line code, six locals (value, gradient, Hessian) per
 * operation and no allocation but the result. Every operation mirrors {@link Dual} and
 * {@link MathFunction#apply(Dual, Dual)} operation for operation (same IEEE-754 operations in the same
 * order, the same run-time tests for constant operands), so the result equals {@link DualEvaluator}'s bit
 * for bit; {@link StraightLineCode} documents the only shortcuts, which are exact.
 */
final class DerivativeCodeGenerator {

    static final String CLASS_NAME = "GeneratedDerivatives";

    /** A dual number in the generated code: value, ∂x, ∂y, ∂xx, ∂xy, ∂yy. */
    record D(Term v, Term gx, Term gy, Term hxx, Term hxy, Term hyy) {
    }

    private final StraightLineCode code = new StraightLineCode();
    private final DerivativeRules rules = new DerivativeRules(code);

    private DerivativeCodeGenerator() {
    }

    static String generate(Node root, int parameterCount) {
        StringBuilder parameters = new StringBuilder();
        for (int k = 0; k < parameterCount; k++) {
            parameters.append("    final double p").append(k).append(" = p[").append(k).append("];\n");
        }
        DerivativeCodeGenerator g = new DerivativeCodeGenerator();
        D r = g.emit(root);
        String type = Derivatives.class.getName();
        return "public final class " + CLASS_NAME + " implements " + DerivativeKernel.class.getName() + " {\n"
                + "  public " + type + " derivatives(double x, double y, double[] p) {\n"
                + parameters + g.code.body()
                + "    return new " + type + "(" + r.v().code() + ", " + r.gx().code() + ", " + r.gy().code() + ", "
                + r.hxx().code() + ", " + r.hxy().code() + ", " + r.hyy().code() + ");\n  }\n}\n";
    }

    private D emit(Node node) {
        if (node instanceof Literal l) {
            return constant(StraightLineCode.literal(l.value()));
        }
        if (node instanceof Variable v) {
            Term zero = StraightLineCode.ZERO;
            Term one = StraightLineCode.ONE;
            Term at = StraightLineCode.local(v.name());
            return v.axis() == 0 ? new D(at, one, zero, zero, zero, zero) : new D(at, zero, one, zero, zero, zero);
        }
        if (node instanceof Parameter p) {
            return constant(StraightLineCode.local("p" + p.index()));
        }
        if (node instanceof Negation n) {
            return negate(emit(n.operand()));
        }
        if (node instanceof BinaryOp b) {
            D l = emit(b.left());
            D r = emit(b.right());
            switch (b.operator()) {
                case ADD: return add(l, r);
                case SUBTRACT: return subtract(l, r);
                case MULTIPLY: return multiply(l, r);
                case DIVIDE: return divide(l, r);
                default: return rules.power(code.call("Math.pow", l.v(), r.v()), l, r);
            }
        }
        if (node instanceof IntegerPower ip) {
            return rules.integerPower(emit(ip.base()), ip.exponent());
        }
        Call c = (Call) node;
        D a = emit(c.arguments().get(0));
        if (c.function().arity() == 2) {
            return rules.binaryFunction(c.function(), a, emit(c.arguments().get(1)));
        }
        return rules.unaryFunction(c.function(), a);
    }

    static D constant(Term value) {
        Term z = StraightLineCode.ZERO;
        return new D(value, z, z, z, z, z);
    }

    private D negate(D a) {
        return new D(code.negate(a.v()), code.negate(a.gx()), code.negate(a.gy()), code.negate(a.hxx()),
                code.negate(a.hxy()), code.negate(a.hyy()));
    }

    private D add(D a, D b) {
        return new D(code.add(a.v(), b.v()), code.add(a.gx(), b.gx()), code.add(a.gy(), b.gy()),
                code.add(a.hxx(), b.hxx()), code.add(a.hxy(), b.hxy()), code.add(a.hyy(), b.hyy()));
    }

    private D subtract(D a, D b) {
        return new D(code.subtract(a.v(), b.v()), code.subtract(a.gx(), b.gx()), code.subtract(a.gy(), b.gy()),
                code.subtract(a.hxx(), b.hxx()), code.subtract(a.hxy(), b.hxy()), code.subtract(a.hyy(), b.hyy()));
    }

    /** {@link Dual#multiply}. */
    private D multiply(D a, D b) {
        Term two = StraightLineCode.literal(2);
        return new D(code.multiply(a.v(), b.v()),
                code.add(code.multiply(a.gx(), b.v()), code.multiply(a.v(), b.gx())),
                code.add(code.multiply(a.gy(), b.v()), code.multiply(a.v(), b.gy())),
                code.add(code.add(code.multiply(a.hxx(), b.v()), code.multiply(code.multiply(two, a.gx()), b.gx())),
                        code.multiply(a.v(), b.hxx())),
                code.add(code.add(code.add(code.multiply(a.hxy(), b.v()), code.multiply(a.gx(), b.gy())),
                        code.multiply(a.gy(), b.gx())), code.multiply(a.v(), b.hxy())),
                code.add(code.add(code.multiply(a.hyy(), b.v()), code.multiply(code.multiply(two, a.gy()), b.gy())),
                        code.multiply(a.v(), b.hyy())));
    }

    /** {@link Dual#divide}. */
    private D divide(D a, D b) {
        Term two = StraightLineCode.literal(2);
        Term q = code.divide(a.v(), b.v());
        Term qx = code.divide(code.subtract(a.gx(), code.multiply(q, b.gx())), b.v());
        Term qy = code.divide(code.subtract(a.gy(), code.multiply(q, b.gy())), b.v());
        Term hxx = code.subtract(code.subtract(a.hxx(), code.multiply(code.multiply(two, qx), b.gx())),
                code.multiply(q, b.hxx()));
        Term hxy = code.subtract(code.subtract(code.subtract(a.hxy(), code.multiply(qx, b.gy())),
                code.multiply(qy, b.gx())), code.multiply(q, b.hxy()));
        Term hyy = code.subtract(code.subtract(a.hyy(), code.multiply(code.multiply(two, qy), b.gy())),
                code.multiply(q, b.hyy()));
        return new D(q, qx, qy, code.divide(hxx, b.v()), code.divide(hxy, b.v()), code.divide(hyy, b.v()));
    }
}
