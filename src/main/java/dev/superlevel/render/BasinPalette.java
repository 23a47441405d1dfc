package dev.superlevel.render;

/**
 * The colours of basins of attraction (issue 14), one definition for the CLI's basins figure and the app's
 * Basins layer: basin id k ≥ 0 has the {@link ComponentPalette} colour of id k (so a basin looks the same in
 * the profile, the figure and on the map), a start without a basin (its run diverged or left the view) is
 * grey, and the hatch drawn over cells whose run did not converge is translucent white on light figures and
 * translucent black on dark ones. Stateless and thread-safe.
 */
public final class BasinPalette {

    /** Opaque grey: the run from this start has no basin (diverged or left the view). */
    public static final int NO_BASIN = 0xFF808080;

    private BasinPalette() {
    }

    /** The opaque ARGB colour of basin {@code basin}; {@link #NO_BASIN} for a negative id. */
    public static int argb(int basin) {
        return basin < 0 ? NO_BASIN : ComponentPalette.argb(basin);
    }

    /** The ARGB colour of the hatch line over a cell whose run did not converge. */
    public static int hatchArgb(boolean dark) {
        return dark ? 0x96000000 : 0xAAFFFFFF;
    }
}
