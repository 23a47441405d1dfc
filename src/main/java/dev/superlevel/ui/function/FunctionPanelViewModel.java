package dev.superlevel.ui.function;

import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.expr.ParseException;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.io.function.FunctionDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The function panel: the searchable sample list, the typed expression (validated on demand — the
 * view debounces typing), the named-parameter values and the domain. A rejected expression sets
 * {@link #problemProperty()} and leaves {@link #functionProperty()} at the last valid function, so the
 * last valid landscape stays on screen. FX-thread confined.
 */
public final class FunctionPanelViewModel {

    private final ObservableList<SampleFunction> samples = FXCollections.observableArrayList();
    private final FilteredList<SampleFunction> filtered = new FilteredList<>(samples, s -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty expression = new SimpleStringProperty(this, "expression", "");
    private final ReadOnlyObjectWrapper<ExpressionProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<CompiledExpression> function = new ReadOnlyObjectWrapper<>(this,
            "function");
    private final ObservableList<ParameterState> parameters = FXCollections.observableArrayList();
    private final ObjectProperty<Domain> domain = new SimpleObjectProperty<>(this, "domain", Domain.defaultDomain());
    private final ReadOnlyStringWrapper domainError = new ReadOnlyStringWrapper(this, "domainError", "");
    private final ReadOnlyObjectWrapper<SampleFunction> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** The selected data-set function (issue 7), null while the function is an expression. */
    private final ReadOnlyObjectWrapper<SampleFunction> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    /** The last expression the user typed that became the function (not a sample's nor a session's). */
    private final ReadOnlyObjectWrapper<CompiledExpression> typedFunction = new ReadOnlyObjectWrapper<>(this,
            "typedFunction");
    /** True while a sample or a session is being loaded: its expression is not a typed one. */
    private boolean loading;

    public FunctionPanelViewModel(List<SampleFunction> library) {
        samples.setAll(library);
        filter.addListener((obs, old, q) -> filtered.setPredicate(s -> s.matches(q)));
    }

    /** Adapts the library's definitions, expressions and data-set functions alike. */
    public static List<SampleFunction> adapt(List<FunctionDefinition> definitions) {
        return definitions.stream().map(SampleFunction::of).toList();
    }

    /**
     * Loads a sample: its expression, parameter ranges and domain. A data-set function has no
     * expression to edit: its formula is shown, {@link #datasetProperty()} names it, and whoever builds
     * losses (the app view-model) builds it in the background; {@link #functionProperty()} keeps the
     * last expression meanwhile.
     */
    public void select(SampleFunction sample) {
        if (sample == null) {
            return;
        }
        loading = true;
        try {
            selectSample(sample);
        } finally {
            loading = false;
        }
    }

    private void selectSample(SampleFunction sample) {
        current.set(sample);
        parameters.setAll(sample.parameters().stream()
                .map(p -> new ParameterState(p.name(), p.defaultValue(), p.min(), p.max())).toList());
        parameters.forEach(p -> p.valueProperty().addListener((obs, old, v) -> applyParameter(p)));
        if (sample.isDataset()) {
            dataset.set(sample);
            problem.set(null);
            expression.set(sample.formula());
            domain.set(sample.domain());
            return;
        }
        expression.set(sample.expression());
        domain.set(sample.domain());
        validate();
        // only after validating: listeners then see the new expression as the function in effect
        dataset.set(null);
    }

    /**
     * Loads a function given by its source and parameter values (e.g. from a session): the sample of
     * that name if its formula matches, else the bare expression with slider ranges around the values.
     * The domain is left to the caller.
     */
    public boolean load(String name, String source, Map<String, Double> values) {
        loading = true;
        try {
            return loadSource(name, source, values);
        } finally {
            loading = false;
        }
    }

    private boolean loadSource(String name, String source, Map<String, Double> values) {
        Optional<SampleFunction> sample = samples.stream()
                .filter(s -> s.name().equals(name) && s.formula().equals(source)).findFirst();
        if (sample.isPresent()) {
            select(sample.get());
            parameters.forEach(p -> {
                Double v = values.get(p.name());
                if (v != null) {
                    p.valueProperty().set(v);
                }
            });
            return true;
        }
        current.set(null);
        parameters.setAll(values.entrySet().stream().map(e -> {
            double v = e.getValue();
            double half = Math.max(1, Math.abs(v));
            return new ParameterState(e.getKey(), v, v - half, v + half);
        }).toList());
        parameters.forEach(p -> p.valueProperty().addListener((obs, old, v) -> applyParameter(p)));
        expression.set(source);
        boolean valid = validate();
        if (valid) {
            dataset.set(null);
        }
        return valid;
    }

    /** Loads the first sample whose name equals {@code name}; false if there is none. */
    public boolean select(String name) {
        Optional<SampleFunction> match = samples.stream().filter(s -> s.name().equals(name)).findFirst();
        match.ifPresent(this::select);
        return match.isPresent();
    }

    /**
     * Compiles the typed expression with the current parameter values. On success the function
     * changes; on a {@link ParseException} only {@link #problemProperty()} changes.
     */
    public boolean validate() {
        if (dataset.get() != null) {
            return true; // the field shows a data-set function's formula, read-only: nothing to compile
        }
        try {
            CompiledExpression compiled = ExpressionCompiler.compile(expression.get(), parameterValues());
            problem.set(null);
            CompiledExpression old = function.get();
            // the debounced check re-validates an unchanged text, and an edit of spaces or redundant
            // parentheses parses to the same tree: keep the function (and the sample), so nothing re-samples
            if (old == null || !sameFunction(old, compiled)) {
                SampleFunction sample = current.get();
                if (!loading && sample != null && !sameTree(compiled, sample.expression())) {
                    // the user typed a function of their own: it is no longer the sample in the picker, and
                    // it starts from its own defaults (later edits of a typed function keep the user's)
                    current.set(null);
                    typedFunction.set(compiled);
                }
                function.set(compiled);
            }
            return true;
        } catch (ParseException e) {
            problem.set(new ExpressionProblem(e.getMessage(), e.column(), e.caretSnippet()));
            return false;
        } catch (IllegalArgumentException e) {
            problem.set(new ExpressionProblem(e.getMessage(), 0, expression.get()));
            return false;
        }
    }

    /**
     * Whether two compiled expressions are the same function as typed: the same parsed tree (equal
     * {@link CompiledExpression#canonical()} texts, so whitespace, redundant parentheses, {@code **} for
     * {@code ^} and {@code 2.0} for {@code 2} do not count) and the same parameter values.
     */
    static boolean sameFunction(CompiledExpression a, CompiledExpression b) {
        return a.parameters().equals(b.parameters())
                && (a.source().equals(b.source()) || a.canonical().equals(b.canonical()));
    }

    /** Whether {@code source} parses to the tree of {@code compiled}; false if it does not compile. */
    private boolean sameTree(CompiledExpression compiled, String source) {
        if (compiled.source().equals(source)) {
            return true;
        }
        try {
            return ExpressionCompiler.compile(source, parameterValues()).canonical().equals(compiled.canonical());
        } catch (IllegalArgumentException e) {  // a ParseException too
            return false;
        }
    }

    private void applyParameter(ParameterState p) {
        CompiledExpression f = function.get();
        if (f != null && f.parameters().containsKey(p.name())) {
            function.set(f.withParameter(p.name(), p.valueProperty().get()));
        }
    }

    private Map<String, Double> parameterValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.valueProperty().get()));
        return values;
    }

    /** Sets the domain from four texts; on a bad number the message is shown and the domain kept. */
    public boolean setDomain(String xmin, String xmax, String ymin, String ymax) {
        try {
            domain.set(Domain.parse(String.join(",", xmin, xmax, ymin, ymax)));
            domainError.set("");
            return true;
        } catch (IllegalArgumentException e) {
            domainError.set(e.getMessage());
            return false;
        }
    }

    public ObservableList<SampleFunction> samples() {
        return samples;
    }

    public ObservableList<SampleFunction> filteredSamples() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty expressionProperty() {
        return expression;
    }

    public ReadOnlyObjectProperty<ExpressionProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompiledExpression> functionProperty() {
        return function.getReadOnlyProperty();
    }

    public ObservableList<ParameterState> parameters() {
        return parameters;
    }

    public ObjectProperty<Domain> domainProperty() {
        return domain;
    }

    public ReadOnlyStringProperty domainErrorProperty() {
        return domainError.getReadOnlyProperty();
    }

    /** The selected data-set function, or null while the function is an expression. */
    public ReadOnlyObjectProperty<SampleFunction> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The last typed expression that became the function; it starts from its own defaults. */
    public ReadOnlyObjectProperty<CompiledExpression> typedFunctionProperty() {
        return typedFunction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SampleFunction> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
