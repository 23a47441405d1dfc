package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ColorScaleTest {

    @Test
    void linearMapsMinToZeroAndMaxToOne() {
        assertEquals(0.0, ColorScale.LINEAR.normalize(-2, -2, 6));
        assertEquals(0.25, ColorScale.LINEAR.normalize(0, -2, 6));
        assertEquals(1.0, ColorScale.LINEAR.normalize(6, -2, 6));
    }

    @Test
    void logHandlesAFunctionWhoseMinimumIsZero() {
        assertEquals(0.0, ColorScale.LOG.normalize(0, 0, 1000));
        assertEquals(1.0, ColorScale.LOG.normalize(1000, 0, 1000), 1e-15);
        // offset ε = 1000·1e-6 = 1e-3: v = 1 sits at log10(1001)/log10(1e6 + 1) ≈ 0.5
        assertEquals(Math.log10(1001) / Math.log10(1e6 + 1), ColorScale.LOG.normalize(1, 0, 1000), 1e-15);
    }

    @Test
    void logSpreadsSmallValuesMoreThanLinear() {
        assertTrue(ColorScale.LOG.normalize(10, 0, 1000) > 10 * ColorScale.LINEAR.normalize(10, 0, 1000));
    }

    @Test
    void constantFieldMapsToZero() {
        assertEquals(0.0, ColorScale.LOG.normalize(3, 3, 3));
        assertEquals(0.0, ColorScale.LINEAR.normalize(3, 3, 3));
    }

    @Test
    void nanStaysNan() {
        assertTrue(Double.isNaN(ColorScale.LINEAR.normalize(Double.NaN, 0, 1)));
        assertTrue(Double.isNaN(ColorScale.LOG.normalize(Double.NaN, 0, 1)));
    }

    @Property
    void valueAtInvertsNormalize(@ForAll @DoubleRange(min = 0, max = 1) double u) {
        double min = -3.5;
        double max = 2500;
        double v = min + u * (max - min);
        for (ColorScale s : ColorScale.values()) {
            double t = s.normalize(v, min, max);
            assertEquals(v, s.valueAt(t, min, max), 1e-9 * (max - min), s.label());
        }
    }

    @Property
    void normalizeIsMonotone(@ForAll @DoubleRange(min = -10, max = 10) double a,
            @ForAll @DoubleRange(min = -10, max = 10) double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        for (ColorScale s : ColorScale.values()) {
            assertTrue(s.normalize(lo, -10, 10) <= s.normalize(hi, -10, 10));
        }
    }

    @Test
    void parseNamesTheBadScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColorScale.parse("sqrt"));
        assertEquals("unknown colour scale 'sqrt' (expected linear or log)", e.getMessage());
    }
}
