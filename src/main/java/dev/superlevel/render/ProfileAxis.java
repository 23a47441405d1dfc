package dev.superlevel.render;

import java.util.Locale;

/**
 * How the landscape profile's vertical (loss) axis is laid out ({@link ProfileFigureRenderer}).
 *
 * <ul>
 *   <li>{@link #LINEAR}: y ∝ L, so a valley's depth is its persistence to scale.</li>
 *   <li>{@link #LOG}: y ∝ log10(1 + (L − min)/ε), ε = (max − min)·10⁻⁶ (the log colour scale's rule): room for
 *       basins just above the global minimum.</li>
 *   <li>{@link #RANK}: the merge tree's levels (every birth and finite death, the field's min and max), sorted
 *       and deduplicated, are equally spaced, and y is linear between consecutive ones. Monotone in L, so the
 *       terraces still nest; every valley is at least one step deep however shallow it is, so no basin is a
 *       sliver beside a deep one, but depths are ranks, not losses.</li>
 * </ul>
 */
public enum ProfileAxis {
    LINEAR,
    LOG,
    RANK;

    /** The lower-case name shown in the app. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
