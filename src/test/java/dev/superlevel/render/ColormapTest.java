package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ColormapTest {

    @Test
    void viridisEndsMatchMatplotlibBytes() {
        // matplotlib: viridis(0.0, bytes=True) = (68, 1, 84), viridis(1.0, bytes=True) = (253, 231, 36)
        assertEquals(0xFF440154, Colormap.VIRIDIS.argb(0.0));
        assertEquals(0xFFFDE724, Colormap.VIRIDIS.argb(1.0));
    }

    @Test
    void viridisMiddleEntryIsTheTableEntry128() {
        // entry 128 = (0.127568, 0.566949, 0.550556) → bytes (32, 144, 140)
        assertEquals(0xFF20908C, Colormap.VIRIDIS.argb(0.5));
    }

    @Test
    void positionsOutsideTheUnitIntervalAreClamped() {
        assertEquals(Colormap.MAGMA.argb(0.0), Colormap.MAGMA.argb(-3.0));
        assertEquals(Colormap.MAGMA.argb(1.0), Colormap.MAGMA.argb(7.0));
    }

    @Test
    void viridisQuarterIsTruncatedTableEntry64() {
        // entry 64 = (0.229739, 0.322361, 0.545706) → bytes (58, 82, 139); matplotlib's to_hex rounds to #3b528b
        assertEquals(0xFF3A528B, Colormap.VIRIDIS.argb(0.25));
    }

    @Test
    void lookupUsesFloorOfTTimes256() {
        assertEquals(Colormap.VIRIDIS.argbAt(37), Colormap.VIRIDIS.argb(37.0 / 256));
        assertEquals(Colormap.VIRIDIS.argbAt(36), Colormap.VIRIDIS.argb(37.0 / 256 - 1e-9));
    }

    @Test
    void parseRejectsUnknownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Colormap.parse("jet"));
        assertEquals("unknown colour map 'jet' (expected viridis or magma)", e.getMessage());
        assertEquals(Colormap.MAGMA, Colormap.parse(" Magma "));
    }
}
