package dev.superlevel.core.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * A builder of straight-line Java code over doubles, one operation per {@code final} local, for the
 * generated derivative kernel ({@link DerivativeCodeGenerator}). Each method performs exactly one IEEE-754
 * operation of the reference code (so order and rounding are those of the reference), with three exact
 * shortcuts that never change a bit of any result:
 * <ul>
 *   <li>an operation on two literals is computed now, by the same Java double operation;</li>
 *   <li>{@code a * 1.0}, {@code 1.0 * a}, {@code a / 1.0}, {@code a - 0.0}, {@code a + (-0.0)} and
 *       {@code (-0.0) + a} are {@code a} (exact for every double, signed zeros, infinities and NaN
 *       included; {@code a + 0.0} is not: it turns −0 into +0);</li>
 *   <li>an operation already emitted with the same operands is reused (value numbering on the text).</li>
 * </ul>
 * Not thread-safe; one instance per generated method.
 */
final class StraightLineCode {

    /** An operand: a local's name or a literal's code; {@code literal} is its value if it is a literal. */
    record Term(String code, Double literal) {

        boolean is(double value) {
            return literal != null && Double.doubleToRawLongBits(literal) == Double.doubleToRawLongBits(value);
        }
    }

    static final Term ZERO = literal(0.0);
    static final Term ONE = literal(1.0);

    private final StringBuilder body = new StringBuilder();
    private final Map<String, Term> emitted = new HashMap<>();
    private int temporaries;

    static Term literal(double v) {
        return new Term(CodeGenerator.literal(v), v);
    }

    /** A local of the method, e.g. {@code x} or {@code p0}. */
    static Term local(String name) {
        return new Term(name, null);
    }

    String body() {
        return body.toString();
    }

    Term add(Term a, Term b) {
        if (a.literal() != null && b.literal() != null) {
            return literal(a.literal() + b.literal());
        }
        if (b.is(-0.0)) {
            return a;
        }
        return a.is(-0.0) ? b : assign(a.code() + " + " + b.code());
    }

    Term subtract(Term a, Term b) {
        if (a.literal() != null && b.literal() != null) {
            return literal(a.literal() - b.literal());
        }
        return b.is(0.0) ? a : assign(a.code() + " - " + b.code());
    }

    Term multiply(Term a, Term b) {
        if (a.literal() != null && b.literal() != null) {
            return literal(a.literal() * b.literal());
        }
        if (b.is(1.0)) {
            return a;
        }
        return a.is(1.0) ? b : assign(a.code() + " * " + b.code());
    }

    Term divide(Term a, Term b) {
        if (a.literal() != null && b.literal() != null) {
            return literal(a.literal() / b.literal());
        }
        return b.is(1.0) ? a : assign(a.code() + " / " + b.code());
    }

    Term negate(Term a) {
        return a.literal() != null ? literal(-a.literal()) : assign("-" + a.code());
    }

    /** A call of a static Java method, e.g. {@code Math.cos}; never computed at generation time. */
    Term call(String javaName, Term... arguments) {
        StringBuilder code = new StringBuilder(javaName).append('(');
        for (int k = 0; k < arguments.length; k++) {
            code.append(k > 0 ? ", " : "").append(arguments[k].code());
        }
        return assign(code.append(')').toString());
    }

    /** {@code condition ? ifTrue : ifFalse}; a condition of "true"/"false" is decided now. */
    Term select(String condition, Term ifTrue, Term ifFalse) {
        if (condition.equals("true") || ifTrue.code().equals(ifFalse.code())) {
            return ifTrue;
        }
        if (condition.equals("false")) {
            return ifFalse;
        }
        return assign(condition + " ? " + ifTrue.code() + " : " + ifFalse.code());
    }

    /** A boolean local holding {@code expression} (or the expression itself if it is "true"/"false"). */
    String condition(String expression) {
        if (expression.equals("true") || expression.equals("false")) {
            return expression;
        }
        Term known = emitted.get("?" + expression);
        if (known != null) {
            return known.code();
        }
        String name = "c" + temporaries++;
        body.append("    final boolean ").append(name).append(" = ").append(expression).append(";\n");
        emitted.put("?" + expression, local(name));
        return name;
    }

    private Term assign(String expression) {
        Term known = emitted.get(expression);
        if (known != null) {
            return known;
        }
        String name = "t" + temporaries++;
        body.append("    final double ").append(name).append(" = ").append(expression).append(";\n");
        Term term = local(name);
        emitted.put(expression, term);
        return term;
    }
}
