package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RunPaletteTest {

    @Test
    void runsTakeTheColoursInOrderAndCycle() {
        assertEquals(0xFFFF2D95, RunPalette.argb(0));
        assertEquals(0xFF00B4FF, RunPalette.argb(1));
        assertEquals(5, RunPalette.size());
        assertEquals(RunPalette.argb(0), RunPalette.argb(5));
        assertEquals(RunPalette.argb(3), RunPalette.argb(13));
    }

    @Test
    void noRunIsDrawnInTheRedOfViolations() {
        for (int k = 0; k < RunPalette.size(); k++) {
            int argb = RunPalette.argb(k);
            int r = argb >> 16 & 0xFF;
            int g = argb >> 8 & 0xFF;
            int b = argb & 0xFF;
            assertEquals(0xFF, argb >>> 24, "opaque");
            assertFalse(r > 0xC0 && g < 0x40 && b < 0x40, String.format("run %d is red: %08X", k, argb));
        }
        assertEquals(0xFFE01010, RunPalette.VIOLATION.getRGB());
    }

    @Test
    void aNegativeRunIndexIsRefused() {
        assertEquals("run index: must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> RunPalette.argb(-1)).getMessage());
    }
}
