package dev.superlevel.render;

import java.util.Locale;

/**
 * Which figure to draw: the landscape alone, the composite (landscape beside the per-step panels), the
 * topological landscape profile of the sub-level merge tree, the basins of attraction, or the 3-D surface
 * ({@link dev.superlevel.render.surface3d.SurfaceRenderer}).
 */
public enum FigureKind {
    LANDSCAPE,
    COMPOSITE,
    PROFILE,
    /** Basins of attraction of the runs' configurations ({@link BasinsFigureRenderer}; needs the loss itself). */
    BASINS,
    /** The landscape in 3-D with the λ plane. */
    SURFACE,
    /** Recorded training paths' L(t) on the surface beside their own loss column ({@link PathLossFigureRenderer}). */
    PATH_LOSS;

    /** {@code landscape}, {@code composite}, {@code profile}, {@code basins}, {@code surface} or {@code path-loss}, as on the command line and in a PNG's provenance. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@link #label()} (case-insensitive). */
    public static FigureKind parse(String name) {
        for (FigureKind k : values()) {
            if (k.label().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown figure '" + name + "' (expected landscape, composite, profile, basins, surface or path-loss)");
    }
}
