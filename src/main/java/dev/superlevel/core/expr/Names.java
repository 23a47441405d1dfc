package dev.superlevel.core.expr;

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
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        // a one-letter name is within one edit of every other one-letter name: require more similarity
        return bestDistance <= Math.min(MAX_SUGGESTION_DISTANCE, name.length() - 1) ? best : null;
    }

    /** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
    static int editDistance(String a, String b) {
        String s = a.toLowerCase(java.util.Locale.ROOT);
        String t = b.toLowerCase(java.util.Locale.ROOT);
        if (s.length() > 64) {
            return s.length(); // a name this long is not a typo of a short one; avoid quadratic work
        }
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
