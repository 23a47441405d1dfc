package dev.superlevel.ui.analysis.internals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.superlevel.render.RunPalette;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Each arrow kind differs from every other in colour, dashes and head, and from every run colour. */
class ArrowStylesTest {

    @Test
    void noArrowUsesARunColourOrTheViolationRed() {
        for (ArrowKind kind : ArrowKind.values()) {
            for (int k = 0; k < RunPalette.size(); k++) {
                assertNotEquals(RunPalette.argb(k), kind.argb(), kind + " vs run " + k);
            }
            assertNotEquals(RunPalette.VIOLATION.getRGB(), kind.argb(), kind.name());
            assertNotEquals(0xFFFFFFFF, kind.argb(), kind + " is white like the λ contour");
        }
    }

    @Test
    void kindsDifferInColourDashesAndHead() {
        Set<Integer> colours = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        Set<ArrowKind.Head> heads = new HashSet<>();
        for (ArrowKind kind : ArrowKind.values()) {
            colours.add(kind.argb());
            dashes.add(Arrays.toString(kind.dashes()));
            heads.add(kind.head());
        }
        int n = ArrowKind.values().length;
        assertEquals(n, colours.size());
        assertEquals(n, heads.size());
        // −g and Δθ are both solid (the two arrows everyone reads first) and differ in colour and head
        assertEquals(n - 1, dashes.size());
    }

    @Test
    void theLegendLineNamesTheArrowAndItsTrueLength() {
        Arrow a = new Arrow(ArrowKind.GRADIENT, 1, 2, -2, -4);
        assertEquals("\u2212g  negative gradient, |v| = 4.47", InternalsLayer.legendEntry(a));
    }
}
