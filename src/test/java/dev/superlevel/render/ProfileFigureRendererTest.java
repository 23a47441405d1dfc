package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.TopologicalProfile;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

class ProfileFigureRendererTest {

    /** (x² − 1)² + y² on 5 × 5 samples of [−2, 2] × [0, 1]: two wells, values 0 … 10. */
    private static LandscapeScene twoWells() {
        GridSpec spec = new GridSpec(new Domain(-2, 2, 0, 1), 5, 5);
        double[] v = new double[spec.size()];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                double x = spec.x(i);
                double y = spec.y(j);
                v[j * 5 + i] = (x * x - 1) * (x * x - 1) + y * y;
            }
        }
        return LandscapeScene.of(new SampledField(spec, v), 100);
    }

    /*
     * The profile (see SummaryCommandTest for the tree): total 25; the right well B (death 1, 4 samples)
     * hangs on the left wall over [0, 4], the root A's floor is [4, 25] at 0, its rim the maximum 10.
     */
    @Test
    void profileOfTwoWells() {
        TopologicalProfile p = ProfileFigureRenderer.profileOf(twoWells());
        assertEquals(List.of(new TopologicalProfile.Valley(0, 0, 25, 10, 0, 4, 25),
                new TopologicalProfile.Valley(1, 0, 4, 1, 0, 0, 4)), p.valleys());
    }

    @Test
    void drawsTheRootValleyOverTheBackgroundAndTheGroundBelowTheFloor() {
        LandscapeScene scene = twoWells();
        TopologicalProfile profile = ProfileFigureRenderer.profileOf(scene);
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Rectangle2D plot = new Rectangle2D.Double(20, 20, 360, 260);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        ProfileFigureRenderer.drawPlot(g, scene, profile, -1, plot);
        g.dispose();
        ProfileFigureRenderer.Frame f = ProfileFigureRenderer.frame(scene, profile, plot);
        Color valley = ProfileFigureRenderer.valleyColour(0);
        double a = valley.getAlpha() / 255.0;
        // only the root's valley covers this point: its colour at alpha a over white (8-bit rounding: ±1)
        int air = img.getRGB((int) f.px(14), (int) f.py(5));
        assertEquals(a * valley.getRed() + (1 - a) * 255, (air >> 16) & 255, 1);
        assertEquals(a * valley.getGreen() + (1 - a) * 255, (air >> 8) & 255, 1);
        assertEquals(a * valley.getBlue() + (1 - a) * 255, air & 255, 1);
        int ground = img.getRGB((int) f.px(14), (int) f.py(-0.3));
        assertEquals(0xFFB8B4AC, ground);
    }

    @Test
    void figureSpecDrawsTheProfileFigure() {
        CompositeScene scene = new CompositeScene(twoWells(), List.of(), 0);
        BufferedImage viaSpec = new FigureSpec(FigureKind.PROFILE, 320, 200, 1).render(scene);
        BufferedImage direct = ProfileFigureRenderer.render(twoWells(), 320, 200, 1);
        assertArrayEquals(direct.getRGB(0, 0, 320, 200, null, 0, 320), viaSpec.getRGB(0, 0, 320, 200, null, 0, 320));
        assertEquals(FigureKind.PROFILE, FigureKind.parse("profile"));
    }

    @Test
    void branchAtMapsPlotXToTheFloorUnderIt() {
        LandscapeScene scene = twoWells();
        TopologicalProfile profile = ProfileFigureRenderer.profileOf(scene);
        Rectangle2D plot = new Rectangle2D.Double(0, 0, 250, 100);
        assertEquals(1, ProfileFigureRenderer.branchAt(scene, profile, plot, 20));
        assertEquals(0, ProfileFigureRenderer.branchAt(scene, profile, plot, 200));
    }

    /*
     * Log axis: values 0 … 10, ε = 10·10⁻⁶, so the shallow well's rim L = 1 sits at
     * t = log10(1 + 1/ε)/log10(1 + 10/ε) = log10(100001)/log10(1000001) ≈ 0.8333 of the range instead of 0.1;
     * the plot keeps a margin of 0.04/1.08 of its height above and below the range, as the linear axis does.
     */
    @Test
    void theLogAxisLiftsTheShallowWellsRim() {
        LandscapeScene linear = twoWells();
        LandscapeScene log = linear.withColours(ColorScale.LOG, linear.colormap(), linear.isoLineCount());
        TopologicalProfile profile = ProfileFigureRenderer.profileOf(linear);
        Rectangle2D plot = new Rectangle2D.Double(20, 20, 360, 270);
        double m = 0.04 / 1.08;
        double tRim = Math.log10(100001) / Math.log10(1000001);
        ProfileFigureRenderer.Frame f = ProfileFigureRenderer.frame(log, profile, plot);
        assertEquals(290 - (m + tRim * (1 - 2 * m)) * 270, f.py(1), 1e-9);
        assertEquals(290 - m * 270, f.py(0), 1e-9);
        assertEquals(20 + m * 270, f.py(10), 1e-9);
        ProfileFigureRenderer.Frame lin = ProfileFigureRenderer.frame(linear, profile, plot);
        assertEquals(290 - (m + 0.1 * (1 - 2 * m)) * 270, lin.py(1), 1e-9);
        // halfway up, above well B (x in [0, 4]): only the root's valley on a linear axis, B's over it on a log one
        int halfway = (int) (290 - 0.5 * 270);
        int x = (int) lin.px(2);
        Color a = ProfileFigureRenderer.valleyColour(0);
        Color b = ProfileFigureRenderer.valleyColour(1);
        int overA = blend(a, 0xFFFFFFFF);
        assertRgb(overA, pixel(linear, profile, plot, x, halfway));
        assertRgb(blend(b, overA), pixel(log, profile, plot, x, halfway));
    }

    /*
     * Rank axis of the two wells with the right well's column raised by 0.7: the tree's levels are the min 0,
     * B's floor 0.7, B's rim (the saddle) 1 and the root's rim, the max 10: four levels at t = 0, 1/3, 2/3, 1;
     * 5.5 lies halfway between 1 and 10, so t = 5/6. B is a third of the height deep instead of 3 %.
     */
    @Test
    void theRankAxisSpacesTheTreesLevelsEqually() {
        LandscapeScene wells = twoWells();
        double[] v = wells.field().values().clone();  // values() is the field's own array
        for (int j = 0; j < 5; j++) {
            v[j * 5 + 3] += 0.7;
        }
        LandscapeScene scene = LandscapeScene.of(new SampledField(wells.field().spec(), v), 100);
        TopologicalProfile profile = ProfileFigureRenderer.profileOf(scene);
        assertArrayEquals(new double[] {0, 0.7, 1, 10}, ProfileFigureRenderer.levels(profile, 0, 10));
        Rectangle2D plot = new Rectangle2D.Double(20, 20, 360, 270);
        ProfileFigureRenderer.Frame f = ProfileFigureRenderer.frame(scene, profile, plot, ProfileAxis.RANK);
        double m = 0.04 / 1.08;
        double[] levels = {0, 0.7, 1, 5.5, 10, -3, 12};
        double[] t = {0, 1 / 3.0, 2 / 3.0, 5 / 6.0, 1, 0, 1};
        for (int k = 0; k < levels.length; k++) {
            assertEquals(290 - (m + t[k] * (1 - 2 * m)) * 270, f.py(levels[k]), 1e-9, "L = " + levels[k]);
        }
    }

    private static int pixel(LandscapeScene scene, TopologicalProfile profile, Rectangle2D plot, int x, int y) {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        ProfileFigureRenderer.drawPlot(g, scene, profile, -1, plot);
        g.dispose();
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    /** Per channel, within the 8-bit rounding of compositing (±1, as above). */
    private static void assertRgb(int expected, int actual) {
        for (int shift : new int[] {16, 8, 0}) {
            assertEquals(expected >> shift & 255, actual >> shift & 255, 1, "channel >> " + shift);
        }
    }

    /** src-over of a translucent colour on an opaque RGB, per channel rounded. */
    private static int blend(Color c, int under) {
        double a = c.getAlpha() / 255.0;
        int r = (int) Math.round(a * c.getRed() + (1 - a) * (under >> 16 & 255));
        int gr = (int) Math.round(a * c.getGreen() + (1 - a) * (under >> 8 & 255));
        int bl = (int) Math.round(a * c.getBlue() + (1 - a) * (under & 255));
        return r << 16 | gr << 8 | bl;
    }
}
