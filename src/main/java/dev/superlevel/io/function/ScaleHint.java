package dev.superlevel.io.function;

import java.util.Locale;

/**
 * The colour scale a function is best viewed with. {@code LOG} suits functions such as Rosenbrock,
 * Beale or Goldstein–Price, whose valleys are many orders of magnitude below their walls and vanish
 * on a linear map.
 */
public enum ScaleHint {
    LINEAR,
    LOG;

    /** Parses {@code linear} or {@code log} (case-insensitive). */
    public static ScaleHint parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ScaleHint s : values()) {
            if (s.label().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("scale must be linear or log, got '" + text.trim() + "'");
    }

    /** The name used in function files: {@code linear} or {@code log}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
