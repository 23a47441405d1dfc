package dev.superlevel.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one edit distance behind every "did you mean" hint (expression names, function-file keys).
 * Stateless and thread-safe.
 */
public final class EditDistance {

    /** Names longer than this are not typos of short ones; skipping them avoids quadratic work. */
    private static final int MAX_COMPARED_LENGTH = 64;

    private EditDistance() {
    }

    /** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
    public static int between(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        if (s.length() > MAX_COMPARED_LENGTH) {
            return s.length();
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

    /**
     * The candidate nearest to {@code name}, if at most {@code maxDistance} edits away; ties go to the
     * first listed.
     */
    public static Optional<String> closest(String name, List<String> candidates, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = between(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= maxDistance ? Optional.ofNullable(best) : Optional.empty();
    }
}
