package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.io.image.PngWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class CompositeFigureRendererTest {

    private static final int GREEN = 0xFF00C000;

    @TempDir
    Path dir;

    /** f = x² + y² on [−1, 1]², 24 × 24. */
    private static SampledField bowl() {
        GridSpec spec = new GridSpec(new Domain(-1, 1, -1, 1), 24, 24);
        double[] v = new double[spec.size()];
        for (int j = 0; j < 24; j++) {
            for (int i = 0; i < 24; i++) {
                v[spec.index(i, j)] = spec.x(i) * spec.x(i) + spec.y(j) * spec.y(j);
            }
        }
        return new SampledField(spec, v);
    }

    /** A 6-row run; {@code raise} makes update 2 raise the loss (a Lyapunov violation). */
    private static RunSeries run(boolean raise) {
        double[] loss = {1, 0.5, 0.25, raise ? 0.4 : 0.2, 0.1, 0.05};
        double[] deltaL = new double[6];
        for (int t = 0; t < 5; t++) {
            deltaL[t] = loss[t + 1] - loss[t];
        }
        deltaL[5] = Double.NaN;
        double[] dVdt = deltaL.clone();
        double[] lr = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        double[] components = {1, 1, 1, 1, 1, 1};
        return new RunSeries("gd", GREEN, loss, lr, dVdt, deltaL, components);
    }

    private static CompositeScene scene(boolean raise) {
        double[] xs = {0.8, 0.5, 0.3, 0.35, 0.2, 0.1};
        double[] ys = {0.8, 0.5, 0.3, 0.35, 0.2, 0.1};
        LandscapeScene landscape = LandscapeScene.of(bowl(), 0.5).withFormula("x^2 + y^2")
                .withTrajectories(List.of(new TrajectoryOverlay(xs, ys, GREEN, 5, "gd")));
        return new CompositeScene(landscape, List.of(run(raise)), 3);
    }

    @Test
    void compositeDecodesAtTheRequestedSizeAtPrintScale() throws IOException {
        Path png = dir.resolve("c.png");
        PngWriter.write(CompositeFigureRenderer.render(scene(false), 1000, 560, 2), png, Map.of());
        BufferedImage decoded = ImageIO.read(png.toFile());
        assertEquals(1000, decoded.getWidth());
        assertEquals(560, decoded.getHeight());
    }

    @Test
    void renderingTwiceGivesIdenticalPixels() {
        int[] a = pixels(CompositeFigureRenderer.render(scene(true), 900, 500));
        int[] b = pixels(CompositeFigureRenderer.render(scene(true), 900, 500));
        assertArrayEquals(a, b);
    }

    @Test
    void violationsAreMarkedInRedOnlyWhenTheLossRises() {
        int red = RunPalette.VIOLATION.getRGB();
        assertTrue(count(CompositeFigureRenderer.render(scene(true), 900, 500), red) > 0);
        assertEquals(0, count(CompositeFigureRenderer.render(scene(false), 900, 500), red));
    }

    @Test
    void runIsDrawnInItsColourInThePanels() {
        BufferedImage img = CompositeFigureRenderer.render(scene(false), 900, 500);
        int inPanels = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = img.getWidth() / 2 + 60; x < img.getWidth(); x++) {
                inPanels += img.getRGB(x, y) == GREEN ? 1 : 0;
            }
        }
        assertTrue(inPanels > 100, "run colour pixels in the panels: " + inPanels);
    }

    @Test
    void theCurrentStepMovesTheMarkerAndThePath() {
        CompositeScene atThree = scene(false);
        CompositeScene atOne = atThree.atStep(1);
        assertEquals(1, atOne.currentStep());
        assertEquals(1, atOne.landscape().trajectories().get(0).lastDrawn());
        assertEquals(5, atThree.lastStep());
        assertFalse(java.util.Arrays.equals(pixels(CompositeFigureRenderer.render(atThree, 900, 500)),
                pixels(CompositeFigureRenderer.render(atOne, 900, 500))));
    }

    @Test
    void captionNamesTheLevelAndTheStep() {
        assertEquals("\u03bb = 0.5    super-level set {L \u2265 \u03bb}    connectivity contour    step t = 3",
                CompositeFigureRenderer.captionLine(scene(false)));
    }

    @Test
    void seriesOfDifferentLengthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RunSeries("a", GREEN,
                new double[3], new double[3], new double[2], new double[3], new double[3]));
        assertTrue(e.getMessage().contains("2 dV/dt"), e.getMessage());
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int p : pixels(img)) {
            n += p == argb ? 1 : 0;
        }
        return n;
    }
}
