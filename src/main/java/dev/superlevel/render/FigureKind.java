package dev.superlevel.render;

import java.util.Locale;

/**
 * Which figure to draw: the landscape alone, the composite (landscape beside the per-step panels), or the
 * 3-D surface ({@link dev.superlevel.render.surface3d.SurfaceRenderer}).
 */
public enum FigureKind {
    LANDSCAPE,
    COMPOSITE,
    SURFACE;

    /** {@code landscape} or {@code composite}, as on the command line and in a PNG's provenance. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #label()} (case-insensitive). */
    public static FigureKind parse(String name) {
        for (FigureKind k : values()) {
            if (k.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown figure '" + name + "' (expected landscape, composite or surface)");
    }
}
