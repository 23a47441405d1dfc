package dev.superlevel.core.expr;

import dev.superlevel.core.Limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles expressions in x and y into {@link CompiledExpression}s.
 *
 * <p>The language: numbers ({@code 2}, {@code 2.5}, {@code .5}, {@code 1e-3}, {@code 2.5E+1}); the
 * variables {@code x}, {@code y}; the constants {@code pi}, {@code e}; named parameters; {@code + - * /};
 * power {@code ^} (or {@code **}), right-associative and binding tighter than unary minus
 * ({@code -x^2 = -(x^2)}, {@code 2^-x^2 = 2^(-(x^2))}); parentheses; the functions sin cos tan asin acos
 * atan atan2(y, x) sinh cosh tanh exp log (natural) ln log10 sqrt cbrt abs sign min(a, b) max(a, b)
 * pow(a, b) hypot(a, b) floor ceil. Whitespace may appear between any tokens; implicit multiplication
 * ({@code 2x}) is an error.
 *
 * <p>Limits: at most {@value Parser#MAX_LENGTH} characters, nesting (parentheses, calls, signs,
 * exponents) at most {@value Parser#MAX_NESTING} levels, an operation tree at most
 * {@value Parser#MAX_TREE_DEPTH} levels deep. Any input string either compiles or throws
 * {@link ParseException}; parameter maps with bad names throw {@link IllegalArgumentException}. At most
 * {@link Limits#MAX_PARAMETERS} parameters; only those the expression uses reach the generated code,
 * and they reach it as numbers named {@code p<index>}: no user text ever becomes code.
 */
public final class ExpressionCompiler {

    private ExpressionCompiler() {
    }

    /** Compiles an expression without parameters. @throws ParseException if it is not valid */
    public static CompiledExpression compile(String source) {
        return compile(source, Map.of());
    }

    /**
     * Compiles an expression that may use the given parameters (name → value, in the map's iteration
     * order; a parameter may go unused).
     *
     * @throws ParseException if the expression is not valid
     * @throws IllegalArgumentException if a parameter name is not a name, is reserved ({@code x y pi e} or
     *     a function name), or has a null value, or there are more than {@link Limits#MAX_PARAMETERS}
     */
    public static CompiledExpression compile(String source, Map<String, Double> parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are missing (use an empty map)");
        }
        if (parameters.size() > Limits.MAX_PARAMETERS) {  // checked before any parsing or code generation
            throw new IllegalArgumentException(parameters.size() + " parameters, more than the limit of "
                    + Limits.MAX_PARAMETERS);
        }
        List<String> names = new ArrayList<>(parameters.keySet());
        double[] values = new double[names.size()];
        for (int k = 0; k < values.length; k++) {
            Double value = parameters.get(names.get(k));
            if (value == null) {
                throw new IllegalArgumentException("parameter '" + names.get(k) + "' has no value");
            }
            values[k] = value;
        }
        Names known = new Names(names);
        Program program = DeepStack.call(source == null ? 0 : source.length(),
                () -> new Program(source, Parser.parse(source, known), names, false));
        return new CompiledExpression(program, values);
    }
}
