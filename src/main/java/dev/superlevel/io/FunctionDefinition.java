package dev.superlevel.io;

import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.SetMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A loss landscape as a user picks it: an expression in x and y with named parameters, the view it is
 * best seen in and what the literature knows about it. Immutable; read from a function file
 * ({@link FunctionFile}) or made from a typed expression ({@link #ofExpression}).
 *
 * @param name the identifier (a sample's file stem, e.g. {@code rosenbrock})
 * @param title a human-readable title
 * @param expression the expression source in x, y, pi, e and the parameters
 * @param parameters the named parameters in declaration order
 * @param domain the default view
 * @param start a suggested optimizer start, if any
 * @param lambda a suggested level λ at which the set (in {@code mode}) is interesting, if any
 * @param mode the set mode λ is suggested for (super-level by default)
 * @param scale the colour scale the function is best viewed with
 * @param minima published minima with sources (possibly none)
 * @param maxima published maxima with sources (possibly none)
 * @param description free text (possibly empty)
 */
public record FunctionDefinition(String name, String title, String expression, List<ParameterSpec> parameters,
        Domain domain, Optional<PlanePoint> start, OptionalDouble lambda, SetMode mode, ScaleHint scale,
        List<KnownPoint> minima, List<KnownPoint> maxima, String description) {

    public FunctionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lambda, "lambda");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        minima = List.copyOf(minima);
        maxima = List.copyOf(maxima);
    }

    /**
     * The definition of a typed expression: no parameters, the given domain, nothing else known.
     */
    public static FunctionDefinition ofExpression(String expression, Domain domain) {
        return new FunctionDefinition("expression", expression, expression, List.of(), domain,
                Optional.empty(), OptionalDouble.empty(), SetMode.SUPERLEVEL, ScaleHint.LINEAR, List.of(),
                List.of(), "");
    }

    /** The parameters' default values, in declaration order. */
    public Map<String, Double> parameterDefaults() {
        Map<String, Double> defaults = new LinkedHashMap<>();
        for (ParameterSpec p : parameters) {
            defaults.put(p.name(), p.defaultValue());
        }
        return defaults;
    }

    /**
     * The expression compiled with the parameters' default values.
     *
     * @throws dev.superlevel.core.expr.ParseException if the expression is malformed (a definition read
     *     from a function file never is: the file's parser compiles it)
     */
    public CompiledExpression compile() {
        return ExpressionCompiler.compile(expression, parameterDefaults());
    }

    /** The same function viewed in another domain. */
    public FunctionDefinition withDomain(Domain newDomain) {
        return new FunctionDefinition(name, title, expression, parameters, newDomain, start, lambda, mode,
                scale, minima, maxima, description);
    }
}
