package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void mapAxesGetATickEverySpacingPixelsAndAtLeastTwo() {
        // 400 px / 80 px per tick: about 5 ticks over [-2, 2], a step of 1
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, Ticks.axis(-2, 2, 400, Ticks.X_AXIS_SPACING), 1e-12);
        // 100 px / 60: one tick by the spacing, raised to two: step 10/2 = 5
        assertArrayEquals(new double[] {-5, 0, 5}, Ticks.axis(-5, 5, 100, Ticks.Y_AXIS_SPACING), 1e-12);
    }

    @Test
    void linearTicksUseOneTwoFiveSteps() {
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, Ticks.linear(-2, 2, 5), 1e-12);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, Ticks.linear(0, 1, 5), 1e-12);
    }

    @Test
    void formatDropsTrailingZerosAndUsesExponentsForExtremes() {
        assertEquals("0.5", Ticks.format(0.5));
        assertEquals("2500", Ticks.format(2500));
        assertEquals("1.2e5", Ticks.format(123456, 2));
        assertEquals("1e-4", Ticks.format(1e-4));
        assertEquals("0.01", Ticks.format(0.01001, 2));
    }

    @Test
    void logColourBarTicksSitAtDecadesAboveTheMinimum() {
        // the bar starts at ε = 2500·1e-6 = 0.0025 above the minimum, so the first decade tick is 0.01
        assertArrayEquals(new double[] {0.01, 0.1, 1, 10, 100, 1000},
                ColorBar.ticks(ColorScale.LOG, 0, 2500), 1e-12);
    }
}
