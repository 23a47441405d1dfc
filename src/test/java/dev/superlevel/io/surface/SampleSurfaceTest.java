package dev.superlevel.io.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.surface.SampledSurface;
import dev.superlevel.io.function.FunctionLibrary;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The bundled {@code sample-functions/mlp-moons.h5} ({@link SampleSurfaceGenerator}). */
class SampleSurfaceTest {

    @Test
    void theBundledSurfaceIsFoundByItsStemAndHasTheGeneratorsGrid() {
        SurfaceData data = SurfaceFiles.sample("mlp-moons", null).orElseThrow();
        SampledSurface s = data.surface();
        assertEquals("train_loss", data.key());
        assertEquals(List.of("train_loss"), data.arrays());
        assertEquals(SampleSurfaceGenerator.N, s.nx());
        assertEquals(SampleSurfaceGenerator.N, s.ny());
        assertEquals(0, s.xs()[50], 0.0);
        assertEquals(-1, s.ys()[0], 0.0);
        assertEquals(1, s.ys()[100], 0.0);
        assertEquals(0, s.field().undefinedCount());
    }

    @Test
    void itsSamplesAreTheBundledMlpSliceInLossLandscapesLayout() {
        SampledSurface s = SurfaceFiles.sample("mlp-moons", null).orElseThrow().surface();
        LossFunction slice = FunctionLibrary.sample("moons-mlp").orElseThrow().loss();
        int[][] nodes = {{50, 50}, {0, 0}, {100, 0}, {10, 90}, {73, 21}};
        for (int[] n : nodes) {
            double expected = slice.value(s.xs()[n[0]], s.ys()[n[1]]);
            // the same training in the same JVM arithmetic; Math.tanh may differ by an ulp between platforms
            assertEquals(expected, s.value(n[0], n[1]), 1e-9 * expected, "node " + n[0] + "," + n[1]);
        }
        assertTrue(s.value(50, 50) < s.value(0, 0), "the trained network (0, 0) lies in the basin");
    }

    @Test
    void aNameThatIsNoBundledSurfaceFindsNothing() {
        assertTrue(SurfaceFiles.sample("rosenbrock", null).isEmpty());
    }
}
