package dev.superlevel.render;

import java.awt.Color;

/**
 * The one set of run colours, for the app's runs and the CLI's {@code render --run}: saturated hues that
 * stand out on every colour map and avoid pure red, which marks Lyapunov violations ({@link #VIOLATION})
 * and λ on the colour bar. Run k (0-based) gets {@code argb(k)}, cycling after {@link #size()} runs.
 * Stateless and thread-safe.
 */
public final class RunPalette {

    private static final int[] COLOURS = {0xFFFF2D95, 0xFF00B4FF, 0xFFFF8C00, 0xFF9B5DE5, 0xFF7CFC00};

    /** Violations (ΔL &gt; 0) are marked in this red whatever the run's colour, on screen and in figures. */
    public static final Color VIOLATION = new Color(0xE0, 0x10, 0x10);

    private RunPalette() {
    }

    /** The opaque ARGB colour of run {@code k} (k ≥ 0). */
    public static int argb(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("run index: must be >= 0, got " + k);
        }
        return COLOURS[k % COLOURS.length];
    }

    /** How many distinct colours there are before they repeat. */
    public static int size() {
        return COLOURS.length;
    }
}
