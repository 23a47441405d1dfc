package dev.superlevel.core.expr;

import dev.superlevel.core.text.EditDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names an expression may use: the variables {@code x} and {@code y}, the constants {@code pi} and
 * {@code e}, the functions, and the caller's parameters. Builds "unknown name" problems with the
 * closest known name as a suggestion.
 */
final class Names {

    private static final Set<String> RESERVED = Set.of("x", "y", "pi", "e");

    /** Suggest a name only if at most this many single-character edits away. */
    private static final int MAX_SUGGESTION_DISTANCE = 2;

    private final List<String> parameters;

    /** @throws IllegalArgumentException if a parameter name is not an identifier or is reserved */
    Names(List<String> parameters) {
        for (String p : parameters) {
            checkParameterName(p);
        }
        this.parameters = List.copyOf(parameters);
    }

    private static void checkParameterName(String name) {
        if (name == null || name.isEmpty() || !Lexer.isIdentifierStart(name.charAt(0))
                || !name.chars().allMatch(c -> Lexer.isIdentifierPart((char) c))) {
            throw new IllegalArgumentException("parameter name '" + name
                    + "' is not a name (letters, digits and '_', not starting with a digit)");
        }
        if (RESERVED.contains(name) || MathFunction.byName(name) != null) {
            throw new IllegalArgumentException("parameter name '" + name
                    + "' is reserved (x, y, pi, e and the function names)");
        }
    }

    /** True for the variables, the constants and the parameters. */
    boolean isValue(String name) {
        return RESERVED.contains(name) || parameters.contains(name);
    }

    int parameterIndex(String name) {
        return parameters.indexOf(name);
    }

    String unknownFunctionProblem(String name) {
        String problem = "unknown function '" + name + "'";
        String suggestion = closest(name, MathFunction.names());
        return suggestion == null ? problem + " (functions: " + String.join(", ", MathFunction.names()) + ")"
                : problem + " (did you mean '" + suggestion + "'?)";
    }

    String unknownNameProblem(String name) {
        List<String> candidates = new ArrayList<>(List.of("x", "y", "pi", "e"));
        candidates.addAll(parameters);
        String suggestion = closest(name, candidates);
        String problem = "unknown name '" + name + "'";
        if (suggestion != null) {
            return problem + " (did you mean '" + suggestion + "'?)";
        }
        return problem + " (the variables are x and y"
                + (parameters.isEmpty() ? "" : "; parameters: " + String.join(", ", parameters)) + ")";
    }

    /** The candidate nearest to {@code name} in edit distance, if near enough; ties: first listed. */
    static String closest(String name, List<String> candidates) {
        // a one-letter name is within one edit of every other one-letter name: require more similarity
        int maxDistance = Math.min(MAX_SUGGESTION_DISTANCE, name.length() - 1);
        return EditDistance.closest(name, candidates, maxDistance).orElse(null);
    }
}
