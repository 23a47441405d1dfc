package dev.superlevel.render;

/**
 * Colours of the components of a level set: the Okabe–Ito colour-blind-safe qualitative palette
 * (Okabe &amp; Ito 2008, "Color Universal Design") without its black, ordered so that the first colours
 * contrast most with the viridis heat map underneath.
 *
 * <p>A component's colour depends only on its id (the persistence pair id of its oldest peak), so it
 * stays the same while λ moves. Ids beyond the seven base colours cycle through them again, lightened
 * by a fixed step per cycle (up to three variants) so that neighbouring ids still differ.
 * Stateless and thread-safe.
 */
public final class ComponentPalette {

    /** vermillion, sky blue, orange, bluish green, reddish purple, yellow, blue. */
    private static final int[] BASE = {
        0xFFD55E00, 0xFF56B4E9, 0xFFE69F00, 0xFF009E73, 0xFFCC79A7, 0xFFF0E442, 0xFF0072B2,
    };

    private static final int VARIANTS = 3;
    private static final int[] TABLE = buildTable();

    private ComponentPalette() {
    }

    /** Number of distinct colours before ids repeat. */
    public static int size() {
        return TABLE.length;
    }

    /** The opaque colour of component {@code componentId} (≥ 0); a negative id (no component) gives 0. */
    public static int argb(int componentId) {
        return componentId < 0 ? 0 : TABLE[componentId % TABLE.length];
    }

    private static int[] buildTable() {
        int[] table = new int[BASE.length * VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
            for (int b = 0; b < BASE.length; b++) {
                table[v * BASE.length + b] = lighten(BASE[b], v * 0.3);
            }
        }
        return table;
    }

    private static int lighten(int argb, double towardsWhite) {
        int r = channel(argb >> 16 & 0xFF, towardsWhite);
        int g = channel(argb >> 8 & 0xFF, towardsWhite);
        int b = channel(argb & 0xFF, towardsWhite);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int channel(int c, double towardsWhite) {
        return (int) Math.round(c + (255 - c) * towardsWhite);
    }
}
