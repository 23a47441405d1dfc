package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.IntegerPower;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;
import dev.superlevel.core.function.Derivatives;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

/**
 * Our duals against Commons Math's {@link DerivativeStructure} and against central differences, on a
 * grid of points in [0.15, 1.85]² (inside every function's domain used here).
 */
class DerivativeReferenceTest {

    private static final String[] EXPRESSIONS = {
        "(1-x)^2 + 100*(y-x^2)^2",
        "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
        "sin(x*y) * exp(-x) + log(1 + x^2 + y^2)",
        "exp(sin(x) - cos(y)) / (1 + ln(x + y))",
        "x^y + pow(y, 2.5) + pow(x + 1, -1.5) + 2^(x*y) + x^-3",
        "hypot(x, y) * hypot(x - 2, 3*y)",
        "atan2(y, x) + atan2(x - 1, y + 0.5) * atan(x*y)",
        "sqrt(x*y) + cbrt(x - y) + log10(x + 2*y) + asin(x/2) * acos(y/2)",
        "tan(x/2) + sinh(y) * cosh(x) - tanh(x*y) + abs(x - y)^3",
        "min(x^2, y) + max(sin(x), cos(y))",
    };

    private static Node lowered(String source) {
        return Lowering.lower(Parser.parse(source, new Names(List.of())));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void dualsAgreeWithDerivativeStructure(int which) {
        Node tree = lowered(EXPRESSIONS[which]);
        for (double x = 0.15; x < 1.9; x += 0.17) {
            for (double y = 0.15; y < 1.9; y += 0.19) {
                if (Math.abs(x - y) < 1e-3 || Math.abs(x * x - y) < 1e-3 || Math.abs(Math.sin(x) - Math.cos(y)) < 1e-3) {
                    continue; // a kink of abs/min/max: both sides are right, on different branches
                }
                Derivatives ours = DualEvaluator.evaluate(tree, x, y, new double[0]).toDerivatives();
                DerivativeStructure ds = reference(tree, new DerivativeStructure(2, 2, 0, x),
                        new DerivativeStructure(2, 2, 1, y));
                String at = EXPRESSIONS[which] + " at (" + x + ", " + y + ")";
                assertClose(ds.getValue(), ours.value(), at + " value");
                assertClose(ds.getPartialDerivative(1, 0), ours.gx(), at + " gx");
                assertClose(ds.getPartialDerivative(0, 1), ours.gy(), at + " gy");
                assertClose(ds.getPartialDerivative(2, 0), ours.hxx(), at + " hxx");
                assertClose(ds.getPartialDerivative(1, 1), ours.hxy(), at + " hxy");
                assertClose(ds.getPartialDerivative(0, 2), ours.hyy(), at + " hyy");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void dualsAgreeWithCentralDifferences(int which) {
        CompiledExpression f = ExpressionCompiler.compile(EXPRESSIONS[which]);
        double h = 1e-5;
        for (double x = 0.2; x < 1.8; x += 0.23) {
            for (double y = 0.2; y < 1.8; y += 0.29) {
                if (Math.abs(x - y) < 1e-2 || Math.abs(x * x - y) < 1e-2 || Math.abs(Math.sin(x) - Math.cos(y)) < 1e-2) {
                    continue;
                }
                Derivatives d = f.derivatives(x, y);
                Derivatives px = f.derivatives(x + h, y);
                Derivatives mx = f.derivatives(x - h, y);
                Derivatives py = f.derivatives(x, y + h);
                Derivatives my = f.derivatives(x, y - h);
                double scale = 1 + Math.abs(d.value()) + Math.abs(d.hxx()) + Math.abs(d.hyy());
                String at = EXPRESSIONS[which] + " at (" + x + ", " + y + ")";
                assertEquals((f.value(x + h, y) - f.value(x - h, y)) / (2 * h), d.gx(), 1e-6 * scale, at + " gx");
                assertEquals((f.value(x, y + h) - f.value(x, y - h)) / (2 * h), d.gy(), 1e-6 * scale, at + " gy");
                assertEquals((px.gx() - mx.gx()) / (2 * h), d.hxx(), 1e-5 * scale, at + " hxx");
                assertEquals((py.gx() - my.gx()) / (2 * h), d.hxy(), 1e-5 * scale, at + " hxy");
                assertEquals((px.gy() - mx.gy()) / (2 * h), d.hxy(), 1e-5 * scale, at + " hyx");
                assertEquals((py.gy() - my.gy()) / (2 * h), d.hyy(), 1e-5 * scale, at + " hyy");
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Double.isFinite(expected), what + " reference is not finite");
        assertEquals(expected, actual, 1e-11 * (1 + Math.abs(expected)), what);
    }

    /** The same tree evaluated with Commons Math's derivative structures. */
    private static DerivativeStructure reference(Node node, DerivativeStructure x, DerivativeStructure y) {
        if (node instanceof Literal l) {
            return x.getField().getZero().add(l.value());
        }
        if (node instanceof Variable v) {
            return v.axis() == 0 ? x : y;
        }
        if (node instanceof Parameter) {
            throw new IllegalArgumentException("no parameters in these fixtures");
        }
        if (node instanceof Negation n) {
            return reference(n.operand(), x, y).negate();
        }
        if (node instanceof IntegerPower p) {
            return reference(p.base(), x, y).pow(p.exponent());
        }
        if (node instanceof BinaryOp b) {
            DerivativeStructure l = reference(b.left(), x, y);
            DerivativeStructure r = reference(b.right(), x, y);
            switch (b.operator()) {
                case ADD: return l.add(r);
                case SUBTRACT: return l.subtract(r);
                case MULTIPLY: return l.multiply(r);
                case DIVIDE: return l.divide(r);
                default: return l.pow(r);
            }
        }
        Call c = (Call) node;
        DerivativeStructure a = reference(c.arguments().get(0), x, y);
        DerivativeStructure b = c.arguments().size() > 1 ? reference(c.arguments().get(1), x, y) : null;
        return call(c.function(), a, b);
    }

    private static DerivativeStructure call(MathFunction f, DerivativeStructure a, DerivativeStructure b) {
        switch (f) {
            case SIN: return a.sin();
            case COS: return a.cos();
            case TAN: return a.tan();
            case ASIN: return a.asin();
            case ACOS: return a.acos();
            case ATAN: return a.atan();
            case ATAN2: return DerivativeStructure.atan2(a, b);
            case SINH: return a.sinh();
            case COSH: return a.cosh();
            case TANH: return a.tanh();
            case EXP: return a.exp();
            case LOG: case LN: return a.log();
            case LOG10: return a.log10();
            case SQRT: return a.sqrt();
            case CBRT: return a.cbrt();
            case ABS: return a.abs();
            case SIGN: return a.signum();
            case MIN: return a.getValue() <= b.getValue() ? a : b;
            case MAX: return a.getValue() >= b.getValue() ? a : b;
            case POW: return a.pow(b);
            case HYPOT: return DerivativeStructure.hypot(a, b);
            case FLOOR: return a.floor();
            default: return a.ceil();
        }
    }
}
