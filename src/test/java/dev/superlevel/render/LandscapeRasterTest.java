package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;

class LandscapeRasterTest {

    /** Top row printed first: the maximum 9 is top-left, the minimum 1 bottom-right. */
    private static final SampledField FIELD = SampledField.ofRowsTopDown(new double[][] {
        {9, 5, 5},
        {5, Double.NaN, 5},
        {5, 5, 1},
    });

    @Test
    void heatmapRowZeroIsTheTopOfThePicture() {
        int[] heat = LandscapeRaster.heatmap(FIELD, ColorScale.LINEAR, 0);
        assertEquals(Colormap.VIRIDIS.argb(1.0), heat[0]);
        assertEquals(Colormap.VIRIDIS.argb(0.0), heat[2 * 3 + 2]);
    }

    @Test
    void heatmapColoursMiddleValuesByTheScale() {
        int[] heat = LandscapeRaster.heatmap(FIELD, ColorScale.LINEAR, 0);
        assertEquals(Colormap.VIRIDIS.argb(0.5), heat[1]);
    }

    @Test
    void undefinedSamplesAreGrey() {
        int[] heat = LandscapeRaster.heatmap(FIELD, ColorScale.LINEAR, 0);
        int centre = heat[1 * 3 + 1];
        assertTrue(centre == LandscapeRaster.UNDEFINED_ARGB || centre == LandscapeRaster.HATCH_ARGB);
        assertEquals(red(centre), green(centre));
        assertEquals(green(centre), blue(centre));
    }

    @Test
    void undefinedRegionsShowAHatchPattern() {
        double[][] rows = new double[12][12];
        for (double[] row : rows) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        rows[0][0] = 1;
        int[] heat = LandscapeRaster.heatmap(SampledField.ofRowsTopDown(rows), ColorScale.LINEAR, 0);
        long hatch = java.util.Arrays.stream(heat).filter(c -> c == LandscapeRaster.HATCH_ARGB).count();
        long plain = java.util.Arrays.stream(heat).filter(c -> c == LandscapeRaster.UNDEFINED_ARGB).count();
        assertTrue(hatch > 10 && plain > 10, "hatch " + hatch + ", plain " + plain);
    }

    @Test
    void isoLinesDarkenSamplesWhereTheLevelChanges() {
        double[][] ramp = new double[1][10];
        for (int i = 0; i < 10; i++) {
            ramp[0][i] = i;
        }
        SampledField f = SampledField.ofRowsTopDown(ramp);
        int[] plain = LandscapeRaster.heatmap(f, ColorScale.LINEAR, 0);
        int[] lined = LandscapeRaster.heatmap(f, ColorScale.LINEAR, 2);
        // t = i/9, level ⌊2t⌋ changes between i = 4 (t 0.44) and i = 5 (t 0.56): only sample 4 is marked
        for (int i = 0; i < 10; i++) {
            if (i == 4) {
                assertTrue(luma(lined[i]) < luma(plain[i]), "sample 4 must be darker");
            } else {
                assertEquals(plain[i], lined[i], "sample " + i);
            }
        }
    }

    @Test
    void shadeBlendsTheComponentColourInsideTheSet() {
        int[] heat = LandscapeRaster.heatmap(FIELD, ColorScale.LINEAR, 0);
        int[] labels = {-1, -1, -1, -1, -1, -1, 2, -1, -1}; // field order: index 6 = (i 0, j 2) = top-left
        int[] out = new int[9];
        LandscapeRaster.shade(heat, labels, 3, 3, 0.5, out);
        int expected = blend(heat[0], ComponentPalette.argb(2), 0.5);
        assertEquals(expected, out[0]);
        for (int k = 1; k < 9; k++) {
            assertEquals(heat[k], out[k], "outside the set at raster index " + k);
        }
    }

    @Test
    void shadeWithFullAlphaGivesThePaletteColour() {
        int[] heat = new int[] {0xFF102030};
        int[] out = new int[1];
        LandscapeRaster.shade(heat, new int[] {0}, 1, 1, 1.0, out);
        assertEquals(ComponentPalette.argb(0), out[0]);
    }

    @Test
    void shadeMayWriteIntoItsInput() {
        int[] heat = LandscapeRaster.heatmap(FIELD, ColorScale.LINEAR, 0);
        int[] copy = heat.clone();
        int[] labels = {0, 0, 0, 0, -1, 0, 0, 0, 0};
        int[] separate = new int[9];
        LandscapeRaster.shade(heat, labels, 3, 3, 0.4, separate);
        LandscapeRaster.shade(heat, labels, 3, 3, 0.4, heat);
        assertEquals(java.util.Arrays.toString(separate), java.util.Arrays.toString(heat));
        assertNotEquals(copy[0], heat[0]);
    }

    @Test
    void shadeRejectsArraysOfTheWrongSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LandscapeRaster.shade(new int[9], new int[8], 3, 3, 0.5, new int[9]));
        assertEquals("shade: arrays must have nx*ny = 9 entries, got heatmap 9, labels 8, out 9", e.getMessage());
    }

    @Test
    void shadeRejectsAlphaOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class,
                () -> LandscapeRaster.shade(new int[1], new int[1], 1, 1, 1.5, new int[1]));
    }

    @Test
    void heatmapRejectsNegativeIsoLineCount() {
        assertThrows(IllegalArgumentException.class, () -> LandscapeRaster.heatmap(FIELD, ColorScale.LOG, -1));
    }

    private static int blend(int under, int over, double alpha) {
        int a = (int) Math.round(alpha * 256);
        int r = (red(under) * (256 - a) + red(over) * a) >> 8;
        int g = (green(under) * (256 - a) + green(over) * a) >> 8;
        int b = (blue(under) * (256 - a) + blue(over) * a) >> 8;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int red(int argb) {
        return argb >> 16 & 0xFF;
    }

    private static int green(int argb) {
        return argb >> 8 & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }

    private static double luma(int argb) {
        return 0.2126 * red(argb) + 0.7152 * green(argb) + 0.0722 * blue(argb);
    }
}
