package dev.superlevel.render.surface3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.TrajectoryOverlay;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

class SurfaceRendererTest {

    /** Two Gaussian bumps of heights 1 and 2 on [−3, 3]²: S_λ has two components for 0.2 < λ < 1. */
    private static SampledField bumps(int n) {
        GridSpec spec = GridSpec.square(new Domain(-3, 3, -3, 3), n);
        double[] v = new double[spec.size()];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = spec.x(i);
                double y = spec.y(j);
                v[spec.index(i, j)] = Math.exp(-((x + 1.3) * (x + 1.3) + y * y)) + 2 * Math.exp(-((x - 1.3)
                        * (x - 1.3) + y * y));
            }
        }
        return new SampledField(spec, v);
    }

    private static LandscapeScene scene(SampledField field, double lambda) {
        PersistenceDiagram d = PersistenceSweep.compute(field, SetMode.SUPERLEVEL, Connectivity.CONTOUR,
                Cancellation.NONE);
        return LandscapeScene.of(field, lambda).withLabels(d.labelsAt(lambda, 0), d.componentCount(lambda))
                .withFormula("bumps");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theFigureHasTheRequestedSizeAndIsNotBlank() {
        BufferedImage image = SurfaceRenderer.render(scene(bumps(96), 0.5), SurfaceView.defaults(), 480, 360, 1);
        assertEquals(480, image.getWidth());
        assertEquals(360, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int p : pixels(image)) {
            colours.add(p);
        }
        assertTrue(colours.size() > 500, "a shaded surface has many colours, got " + colours.size());
    }

    @Test
    void theLambdaPlaneTintsPixelsOnlyWhenLambdaIsInsideTheHeightRange() {
        SurfaceRenderer r = new SurfaceRenderer();
        SampledField field = bumps(96);
        r.draw(scene(field, 0.5), SurfaceView.defaults(), 480, 360, 1);
        int inside = r.lastPlanePixels();
        r.draw(scene(field, 2.5), SurfaceView.defaults(), 480, 360, 1);
        assertEquals(0, r.lastPlanePixels());
        // the plane over the whole domain seen at 30° covers a good part of the picture
        assertTrue(inside > 480 * 360 / 20, "plane pixels: " + inside);
    }

    @Test
    void aPlaneTintedPixelIsTheBlendOfTheUntintedOneWithThePlaneColour() {
        SampledField field = bumps(64);
        SurfaceRenderer r = new SurfaceRenderer();
        // the same geometry with λ inside the height range and above it (no plane); no labels, so only the
        // plane, the contour, the colour bar marker and the caption differ
        int[] with = pixels(r.draw(scene(field, 0.5).withLabels(null, 0), SurfaceView.defaults(), 400, 300, 1));
        int[] above = pixels(r.draw(scene(field, 2.5).withLabels(null, 0), SurfaceView.defaults(), 400, 300, 1));
        int tinted = 0;
        int a256 = (int) Math.round(SurfaceOverlays.PLANE_ALPHA * 256);
        for (int p = 0; p < with.length; p++) {
            if (with[p] != above[p] && with[p] == OverlayPainter.blend(above[p], SurfaceOverlays.PLANE_ARGB, a256)) {
                tinted++;
            }
        }
        assertTrue(tinted > with.length / 20, "pixels showing the plane's blend: " + tinted);
    }

    @Test
    void aColourOnlyChangeRedrawsExactlyWhatAFreshRendererDraws() {
        SampledField field = bumps(80);
        SurfaceRenderer cached = new SurfaceRenderer();
        cached.draw(scene(field, 0.3), SurfaceView.defaults(), 360, 280, 1);
        LandscapeScene moved = scene(field, 0.8);
        assertArrayEquals(pixels(SurfaceRenderer.render(moved, SurfaceView.defaults(), 360, 280, 1)),
                pixels(cached.draw(moved, SurfaceView.defaults(), 360, 280, 1)));
        SurfaceView turned = SurfaceView.defaults().orbitBy(40, 10);
        assertArrayEquals(pixels(SurfaceRenderer.render(moved, turned, 360, 280, 1)),
                pixels(cached.draw(moved, turned, 360, 280, 1)));
    }

    @Test
    void undefinedSamplesLeaveAHoleThatShowsTheBackground() {
        SampledField full = bumps(64);
        double[] v = full.values().clone();
        GridSpec spec = full.spec();
        for (int j = 0; j < 64; j++) {
            for (int i = 0; i < 64; i++) {
                if (Math.hypot(spec.x(i) - 1.3, spec.y(j)) < 1) {
                    v[spec.index(i, j)] = Double.NaN;
                }
            }
        }
        SampledField holed = new SampledField(spec, v);
        SurfaceView top = SurfaceView.defaults().withAngles(-90, 89);
        SurfaceRenderer r = new SurfaceRenderer();
        r.draw(LandscapeScene.of(holed, 5), top, 400, 400, 1);
        Camera c = r.lastCamera();
        SurfaceBox box = SurfaceBox.of(spec.domain(), HeightMap.of(holed.min(), holed.max(), top));
        BufferedImage image = r.draw(LandscapeScene.of(holed, 5), top, 400, 400, 1);
        // (1.3, 0.3): inside the hole and off the floor grid lines (which run at whole x and y)
        int hx = (int) c.screenX(box.worldX(1.3), box.worldY(0.3), 0);
        int hy = (int) c.screenY(box.worldX(1.3), box.worldY(0.3), 0);
        int ox = (int) c.screenX(box.worldX(-1.3), box.worldY(0), 0);
        int oy = (int) c.screenY(box.worldX(-1.3), box.worldY(0), 0);
        assertEquals(0xFFFFFFFF, image.getRGB(hx, hy), "the hole shows the white background");
        assertTrue(image.getRGB(ox, oy) != 0xFFFFFFFF, "the other bump is drawn");
    }

    @Test
    void aRunIsDrawnInItsColourOnTheSurface() {
        SampledField field = bumps(64);
        double[] xs = {1.3, 0.5, -0.5};
        double[] ys = {0, 0.5, 0.2};
        LandscapeScene s = scene(field, 0.5).withTrajectories(List.of(new TrajectoryOverlay(xs, ys, 0xFFFF2D95, 2,
                "")));
        int count = 0;
        for (int p : pixels(SurfaceRenderer.render(s, SurfaceView.defaults(), 400, 300, 1))) {
            count += p == 0xFFFF2D95 ? 1 : 0;
        }
        assertTrue(count > 50, "run pixels: " + count);
    }

    @Test
    void aFieldWithoutAnyDefinedSampleIsRefused() {
        GridSpec spec = GridSpec.square(new Domain(0, 1, 0, 1), 3);
        double[] nan = new double[9];
        java.util.Arrays.fill(nan, Double.NaN);
        LandscapeScene s = LandscapeScene.of(new SampledField(spec, nan), 0);
        assertThrows(IllegalArgumentException.class, () -> SurfaceRenderer.render(s, SurfaceView.defaults(), 200,
                200, 1));
    }
}
