package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

class FigureRendererTest {

    /** f = x on [0, 1]², 32 × 32: the heat map goes from dark (left) to bright (right). */
    private static SampledField ramp() {
        GridSpec spec = new GridSpec(new Domain(0, 1, 0, 1), 32, 32);
        double[] v = new double[spec.size()];
        for (int j = 0; j < 32; j++) {
            for (int i = 0; i < 32; i++) {
                v[spec.index(i, j)] = spec.x(i);
            }
        }
        return new SampledField(spec, v);
    }

    @Test
    void figureHasTheRequestedSize() {
        BufferedImage img = FigureRenderer.render(LandscapeScene.of(ramp(), 0.5), 640, 480);
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
    }

    @Test
    void sameSceneGivesIdenticalPixels() {
        LandscapeScene scene = LandscapeScene.of(ramp(), 0.5).withFormula("x");
        int[] a = FigureRenderer.render(scene, 400, 300).getRGB(0, 0, 400, 300, null, 0, 400);
        int[] b = FigureRenderer.render(scene, 400, 300).getRGB(0, 0, 400, 300, null, 0, 400);
        assertArrayEquals(a, b);
    }

    @Test
    void heatMapRunsFromDarkOnTheLeftToBrightOnTheRight() {
        LandscapeScene scene = LandscapeScene.of(ramp(), 0.5).withColours(ColorScale.LINEAR, Colormap.VIRIDIS, 0);
        BufferedImage img = FigureRenderer.render(scene, 600, 600);
        int y = 300;
        int left = firstPixelFrom(img, y, Colormap.VIRIDIS.argb(0.0), 1);
        int right = firstPixelFrom(img, y, Colormap.VIRIDIS.argb(1.0), -1);
        assertTrue(left >= 0 && right >= 0 && left < right, "left " + left + ", right " + right);
    }

    @Test
    void shadedComponentColourAppearsInsideTheSet() {
        SampledField f = ramp();
        int[] labels = new int[f.spec().size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = f.values()[k] >= 0.5 ? 0 : -1;
        }
        LandscapeScene scene = LandscapeScene.of(f, 0.5).withColours(ColorScale.LINEAR, Colormap.VIRIDIS, 0)
                .withLabels(labels, 1).withShadeAlpha(1.0);
        BufferedImage img = FigureRenderer.render(scene, 600, 600);
        assertTrue(firstPixelFrom(img, 300, ComponentPalette.argb(0), 1) >= 0);
        assertEquals(-1, firstPixelFrom(img, 300, Colormap.VIRIDIS.argb(1.0), 1), "bright side is covered");
    }

    @Test
    void captionReportsLevelSetAndComponents() {
        LandscapeScene scene = LandscapeScene.of(ramp(), 0.25).withLabels(new int[32 * 32], 1)
                .withSet(SetMode.SUBLEVEL, Connectivity.FOUR);
        assertEquals("\u03bb = 0.25    sub-level set {L \u2264 \u03bb}    connectivity 4    1 component",
                FigureRenderer.captionLine(scene));
    }

    @Test
    void trajectoryIsDrawnInItsColour() {
        double[] xs = {0.1, 0.5, 0.9};
        double[] ys = {0.1, 0.5, 0.9};
        int magenta = 0xFFFF00FF;
        LandscapeScene scene = LandscapeScene.of(ramp(), 0.5)
                .withTrajectories(List.of(new TrajectoryOverlay(xs, ys, magenta, 2, "")));
        BufferedImage img = FigureRenderer.render(scene, 600, 600);
        assertTrue(count(img, magenta) > 50, "magenta pixels: " + count(img, magenta));
    }

    @Test
    void rejectsATinyFigure() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureRenderer.render(LandscapeScene.of(ramp(), 0), 10, 480));
        assertEquals("figure size must be between 64 and 16384 pixels per side, got 10x480", e.getMessage());
    }

    @Test
    void sceneRejectsLabelsOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> LandscapeScene.of(ramp(), 0).withLabels(new int[3], 1));
    }

    private static int firstPixelFrom(BufferedImage img, int y, int argb, int direction) {
        int start = direction > 0 ? 0 : img.getWidth() - 1;
        for (int x = start; x >= 0 && x < img.getWidth(); x += direction) {
            if (img.getRGB(x, y) == argb) {
                return x;
            }
        }
        return -1;
    }

    private static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += img.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }
}
