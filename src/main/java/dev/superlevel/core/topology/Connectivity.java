package dev.superlevel.core.topology;

import java.util.Locale;

/**
 * Which grid samples count as neighbours (SPEC §2).
 *
 * <pre>
 *  FOUR        EIGHT       CONTOUR (2×2 cell a b / c d, a and d in, b and c out)
 *   . N .       N N N       a---b
 *   N p N       N p N       | \ |   a–d linked iff the cell mean (a+b+c+d)/4 is in the set,
 *   . N .       N N N       c---d   the same saddle rule marching squares uses
 * </pre>
 */
public enum Connectivity {
    FOUR("4"),
    EIGHT("8"),
    CONTOUR("contour");

    private final String label;

    Connectivity(String label) {
        this.label = label;
    }

    /** The name used on the command line and in files: {@code 4}, {@code 8} or {@code contour}. */
    public String label() {
        return label;
    }

    /** Parses {@code 4}, {@code 8} or {@code contour} (case-insensitive). */
    public static Connectivity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Connectivity c : values()) {
            if (c.label.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "connectivity must be one of 4, 8, contour; got '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
