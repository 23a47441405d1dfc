package dev.superlevel.io.function;
import dev.superlevel.core.Cancellation;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.dataset.FunctionDataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A loss landscape as a user picks it: an expression in x and y with named parameters, or a model's risk
 * on a data set ({@link FunctionDataset}, issue 7); the view it is best seen in and what the literature
 * knows about it. Immutable; read from a function file ({@link FunctionFile}) or made from a typed
 * expression ({@link #ofExpression}). Whatever its kind, {@link #loss()} gives the function and
 * {@link #formula()} a one-line description of it.
 *
 * @param name the identifier (a sample's file stem, e.g. {@code rosenbrock})
 * @param title a human-readable title
 * @param expression the expression source in x, y, pi, e and the parameters; empty for a data-set function
 * @param parameters the named parameters in declaration order
 * @param domain the default view
 * @param start a suggested optimizer start, if any
 * @param lambda a suggested level λ at which the set (in {@code mode}) is interesting, if any
 * @param mode the set mode λ is suggested for (super-level by default)
 * @param scale the colour scale the function is best viewed with
 * @param minima published minima with sources (possibly none)
 * @param maxima published maxima with sources (possibly none)
 * @param description free text (possibly empty)
 * @param dataset the data set the loss is defined on, or empty for an expression (exactly one of
 *     {@code expression} and {@code dataset} is given; a data-set function has no parameters)
 */
public record FunctionDefinition(String name, String title, String expression, List<ParameterSpec> parameters,
        Domain domain, Optional<PlanePoint> start, OptionalDouble lambda, SetMode mode, ScaleHint scale,
        List<KnownPoint> minima, List<KnownPoint> maxima, String description, Optional<FunctionDataset> dataset) {

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
        Objects.requireNonNull(dataset, "dataset");
        parameters = List.copyOf(parameters);
        minima = List.copyOf(minima);
        maxima = List.copyOf(maxima);
        if (dataset.isPresent() && (!expression.isEmpty() || !parameters.isEmpty())) {
            throw new IllegalArgumentException(name + ": a data-set function has no expression or parameters");
        }
    }

    /** An expression-backed definition (no data set). */
    public FunctionDefinition(String name, String title, String expression, List<ParameterSpec> parameters,
            Domain domain, Optional<PlanePoint> start, OptionalDouble lambda, SetMode mode, ScaleHint scale,
            List<KnownPoint> minima, List<KnownPoint> maxima, String description) {
        this(name, title, expression, parameters, domain, start, lambda, mode, scale, minima, maxima, description,
                Optional.empty());
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

    /** Whether the loss is an expression in x and y (else it is defined on a data set). */
    public boolean isExpression() {
        return dataset.isEmpty();
    }

    /**
     * The expression compiled with the parameters' default values.
     *
     * @throws dev.superlevel.core.expr.ParseException if the expression is malformed (a definition read
     *     from a function file never is: the file's parser compiles it)
     * @throws IllegalStateException if this is a data-set function (use {@link #loss()})
     */
    public CompiledExpression compile() {
        if (!isExpression()) {
            throw new IllegalStateException(name + " is defined on a data set, not by an expression: use loss()");
        }
        return ExpressionCompiler.compile(expression, parameterDefaults());
    }

    /**
     * The loss, whatever its kind: the compiled expression (parameters at their defaults), or the model's
     * risk on the data set — which reads the CSV and, for an MLP, trains the network (seconds) on every call.
     *
     * @throws IllegalArgumentException if the expression or the data set is malformed (CSV errors name the
     *     file, line and column)
     * @throws java.io.UncheckedIOException if the data set cannot be read
     */
    public LossFunction loss() {
        return loss(TrainingListener.NONE, Cancellation.NONE);
    }

    /** {@link #loss()}, reporting an MLP's training progress and honouring cancellation. */
    public LossFunction loss(TrainingListener listener, Cancellation cancel) {
        return dataset.isPresent() ? dataset.get().build(listener, cancel) : compile();
    }

    /**
     * A one-line description for captions: the expression, or e.g.
     * {@code logistic cross-entropy on blobs.csv (balanced weights)} ({@link FunctionDataset#formula()}).
     */
    public String formula() {
        return dataset.map(FunctionDataset::formula).orElse(expression);
    }

    /** The same function viewed in another domain. */
    public FunctionDefinition withDomain(Domain newDomain) {
        return new FunctionDefinition(name, title, expression, parameters, newDomain, start, lambda, mode,
                scale, minima, maxima, description, dataset);
    }
}
