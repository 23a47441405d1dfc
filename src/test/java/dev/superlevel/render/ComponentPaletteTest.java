package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

class ComponentPaletteTest {

    @Test
    void firstColoursAreOkabeItoVermillionAndSkyBlue() {
        assertEquals(0xFFD55E00, ComponentPalette.argb(0));
        assertEquals(0xFF56B4E9, ComponentPalette.argb(1));
    }

    @Test
    void coloursAreDistinctWithinOnePaletteCycle() {
        Set<Integer> seen = new HashSet<>();
        for (int id = 0; id < ComponentPalette.size(); id++) {
            seen.add(ComponentPalette.argb(id));
        }
        assertEquals(ComponentPalette.size(), seen.size());
    }

    @Test
    void colourDependsOnlyOnTheId() {
        assertEquals(ComponentPalette.argb(5), ComponentPalette.argb(5 + ComponentPalette.size()));
        assertNotEquals(ComponentPalette.argb(5), ComponentPalette.argb(6));
    }

    @Test
    void noComponentIsTransparent() {
        assertEquals(0, ComponentPalette.argb(-1));
    }
}
