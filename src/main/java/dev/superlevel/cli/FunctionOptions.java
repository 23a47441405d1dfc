package dev.superlevel.cli;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.expr.ParseException;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.io.function.DecimalLiteral;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.FunctionResolver;
import dev.superlevel.io.function.ParameterSpec;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options every command shares to pick a loss and its sampling grid (SPEC §3): {@code --function},
 * {@code --domain}, {@code --grid} and {@code --param}. A picocli mixin; other loss sources (e.g. a
 * data set) extend {@link #resolve()}.
 */
public class FunctionOptions {

    /** The default grid side (SPEC §3). */
    public static final int DEFAULT_GRID = 512;

    @Option(names = "--function", paramLabel = "F",
            description = "A sample name (e.g. rosenbrock), a path to a .fn function file, a surface file "
                    + "(.h5, .hdf5, .npz, .npy) or an expression in x and y (e.g. \"x^2 + 3*sin(y)\").")
    String function;

    @Option(names = "--surface-key", paramLabel = "NAME",
            description = "The array of a surface file (.h5 default: train_loss; .npz default: loss).")
    String surfaceKey;

    @Option(names = "--transpose", description = "Read a bare .npy array's rows as x (default: rows are y).")
    boolean transpose;

    @picocli.CommandLine.Mixin
    DatasetOptions dataset = new DatasetOptions();

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", converter = Converters.DomainConverter.class,
            description = "The view (default: the sample's own, else -5,5,-5,5).")
    Domain domain;

    @Option(names = "--grid", paramLabel = "N", converter = Converters.GridSide.class,
            description = "Sample an N x N grid, 2..4096 (default: " + DEFAULT_GRID + "; a surface file: its own "
                    + "grid, the stored values exactly).")
    Integer grid;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Override a parameter of a sample or function file (repeatable), e.g. --param b=50.")
    Map<String, String> parameters = new LinkedHashMap<>();

    /**
     * The loss the options name, compiled with its parameters.
     *
     * @throws IllegalArgumentException naming the problem (for an expression, its 1-based column)
     */
    public ResolvedLoss resolve() {
        if (dataset.isAnySet()) {  // issue 7: a data-set loss replaces --function (DatasetOptions)
            if (function != null) {
                throw new IllegalArgumentException(dataset.isSet() ? "give either --function or --dataset, not both"
                        : dataset.firstFlag() + " belongs to --dataset FILE.csv, which was not given (it does not"
                                + " apply to --function)");
            }
            if (!parameters.isEmpty()) {
                throw new IllegalArgumentException("--param sets a parameter of --function, not of --dataset");
            }
            return dataset.resolve();
        }
        if (function == null) {
            throw new IllegalArgumentException("missing required option '--function=F' (or --dataset=FILE.csv)");
        }
        if (SurfaceOptions.isSurface(function)) {
            if (!parameters.isEmpty()) {
                throw new IllegalArgumentException("--param sets a parameter of a function, a surface file has none");
            }
            return SurfaceOptions.resolve(function, surfaceKey, transpose, domain);
        }
        if (surfaceKey != null || transpose) {
            throw new IllegalArgumentException("--surface-key and --transpose apply to surface files (.h5, .hdf5, "
                    + ".npz, .npy), not to " + function);
        }
        FunctionDefinition definition = FunctionResolver.resolve(function);
        Map<String, Double> values = parameterValues(definition);
        if (!definition.isExpression()) {  // a .fn file (or sample) defined on a data set
            return new ResolvedLoss(definition.loss(), definition);
        }
        try {
            return new ResolvedLoss(ExpressionCompiler.compile(definition.expression(), values), definition);
        } catch (ParseException e) {
            String where = definition.name().equals("expression") ? "--function" : definition.name();
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** The grid the options ask for: {@code --domain} or the definition's own, {@code --grid} squared. */
    public GridSpec gridSpec(FunctionDefinition definition) {
        return GridSpec.square(domain != null ? domain : definition.domain(), grid != null ? grid : DEFAULT_GRID);
    }

    /**
     * The grid the options ask for; for a surface file its own grid unless {@code --grid} (or, but for a bare
     * .npy whose extent it is, {@code --domain}) asks to resample the interpolant (SPEC §3.1).
     */
    public GridSpec gridSpec(ResolvedLoss resolved) {
        if (resolved.surface().isEmpty()) {
            return gridSpec(resolved.definition());
        }
        return SurfaceOptions.gridSpec(resolved.surface().get(), function, domain, grid);
    }

    /**
     * The loss sampled on {@link #gridSpec(ResolvedLoss)}: a surface file on its own grid gives its stored
     * values exactly, anything else is sampled.
     */
    public SampledField sample(ResolvedLoss resolved) {
        GridSpec spec = gridSpec(resolved);
        if (resolved.surface().isPresent() && spec.equals(resolved.surface().get().surface().gridSpec())) {
            return resolved.surface().get().surface().field();
        }
        return GridSampler.sample(resolved.loss(), spec);
    }

    private Map<String, Double> parameterValues(FunctionDefinition definition) {
        Map<String, Double> values = definition.parameterDefaults();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("--param: '" + e.getKey() + "' is not a parameter of "
                        + definition.name() + (values.isEmpty() ? " (it has none)" : " (it has "
                        + String.join(", ", values.keySet()) + ")"));
            }
            values.put(e.getKey(), parameterValue(definition, e.getKey(), e.getValue()));
        }
        return values;
    }

    /** A plain decimal literal (no hex, no suffix, no NaN/Infinity) within the parameter's declared range. */
    private static double parameterValue(FunctionDefinition definition, String name, String text) {
        String t = text.strip();
        double v = DecimalLiteral.isValid(t) ? Double.parseDouble(t) : Double.NaN;
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("--param " + name + ": '" + text + "' is not a finite decimal number");
        }
        for (ParameterSpec p : definition.parameters()) {
            if (p.name().equals(name) && (v < p.min() || v > p.max())) {
                throw new IllegalArgumentException("--param " + name + ": " + t + " is outside its declared range ["
                        + p.min() + ", " + p.max() + "]");
            }
        }
        return v;
    }
}
