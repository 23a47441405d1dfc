package dev.superlevel.render.surface3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeightMapTest {

    @Test
    void linearHeightIsTheFractionOfTheRange() {
        HeightMap h = HeightMap.of(10, 30, SurfaceView.defaults());
        assertEquals(0.25, h.height(15));
        assertEquals(-0.25, h.z(15));
        assertEquals(-0.5, h.floorZ());
        assertTrue(Double.isNaN(h.z(Double.NaN)));
    }

    @Test
    void clippingStretchesTheWindowAndFlattensWhatIsAbove() {
        HeightMap h = HeightMap.of(0, 100, SurfaceView.defaults().withClip(0, 0.2));
        assertEquals(0.5, h.height(10));
        assertEquals(1.0, h.height(20));
        assertEquals(1.0, h.height(90));
        assertTrue(h.isShown(20));
        assertFalse(h.isShown(21));
        assertArrayEquals(new double[] {0, 20}, h.shownRange(), 1e-12);
    }

    @Test
    void logHeightFollowsTheLogColourScale() {
        // ColorScale.LOG: t = log10(1 + u·10^6)/log10(1 + 10^6), u = (v − min)/(max − min)
        HeightMap h = HeightMap.of(0, 1e6, SurfaceView.defaults().withLogHeight(true));
        assertEquals(Math.log10(1 + 1e3) / Math.log10(1 + 1e6), h.height(1e3), 1e-12);
        assertEquals(1e3, h.inverse(h.height(1e3)), 1e-6);
    }

    @Test
    void exaggerationScalesTheBox() {
        HeightMap h = HeightMap.of(0, 1, SurfaceView.defaults().withExaggeration(3));
        assertEquals(-1.5, h.floorZ());
        assertEquals(1.5, h.z(1));
    }
}
