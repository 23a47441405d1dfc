package dev.superlevel.ui.function;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.ScaleHint;

import java.util.List;

/**
 * What the function picker needs from a library entry. {@link #of} is the one place that reads
 * {@link FunctionDefinition}, so the UI does not depend on the file format's details.
 *
 * @param start a suggested optimizer start {x, y}, null if the file gives none
 * @param suggestedLambda a λ where S_λ is interesting, NaN if the file gives none
 * @param logScale whether the function is best seen on a logarithmic colour scale
 * @param definition the library entry it was made from (a data-set function's loss is built from it)
 */
public record SampleFunction(String name, String title, String expression, List<ParameterRange> parameters,
        Domain domain, double[] start, double suggestedLambda, SetMode mode, boolean logScale,
        String description, FunctionDefinition definition) {

    /** A named parameter with its default and its slider range. */
    public record ParameterRange(String name, double defaultValue, double min, double max) {
    }

    public static SampleFunction of(FunctionDefinition d) {
        List<ParameterRange> params = d.parameters().stream()
                .map(p -> new ParameterRange(p.name(), p.defaultValue(), p.min(), p.max())).toList();
        double[] start = d.start().map(p -> new double[] {p.x(), p.y()}).orElse(null);
        return new SampleFunction(d.name(), d.title(), d.expression(), params, d.domain(), start,
                d.lambda().orElse(Double.NaN), d.mode(), d.scale() == ScaleHint.LOG, d.description(), d);
    }

    /** The same entry under another name (a data-set file is named by its path, so sessions find it). */
    public SampleFunction withName(String newName) {
        return new SampleFunction(newName, title, expression, parameters, domain, start, suggestedLambda, mode,
                logScale, description, definition);
    }

    /** Whether the loss is a model's risk on a data set (issue 7) rather than an expression. */
    public boolean isDataset() {
        return definition != null && !definition.isExpression();
    }

    /** Whether the loss is an MLP slice (its build trains a network: seconds). */
    public boolean isMlp() {
        return isDataset() && definition.dataset().get().spec().isMlp();
    }

    /** The expression, or the one-line description of a data-set loss. */
    public String formula() {
        return definition == null ? expression : definition.formula();
    }

    /** Matches a search text against name, title and formula, case-insensitively. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(java.util.Locale.ROOT);
        return name.toLowerCase(java.util.Locale.ROOT).contains(q)
                || (title != null && title.toLowerCase(java.util.Locale.ROOT).contains(q))
                || formula().toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    @Override
    public String toString() {
        return title == null || title.isBlank() ? name : title;
    }
}
