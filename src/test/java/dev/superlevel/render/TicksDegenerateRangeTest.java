package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/** Issue 12 item 5: ranges too narrow for a representable step give sensible ticks, never a loop. */
class TicksDegenerateRangeTest {

    private static double[] ticks(double lo, double hi) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Ticks.linear(lo, hi, 5));
    }

    @Test
    void aSubnormalSpanGetsOneTick() {
        // (hi - lo) / 5 underflows to 0: the step used to be 0 and the loop never advanced
        assertArrayEquals(new double[] {0.0}, ticks(0, 4.9e-324));
    }

    @Test
    void aSpanBelowTheSpacingOfDoublesGetsOneTick() {
        // the step is representable but first + step == first: the loop used to stand still
        assertArrayEquals(new double[] {1.0}, ticks(1.0, Math.nextUp(1.0)));
        assertArrayEquals(new double[] {1e300}, ticks(1e300, Math.nextUp(1e300)));
    }

    @Test
    void aTinyButResolvableSpanStillGetsNiceTicks() {
        double[] t = ticks(0, 1e-300);
        assertTrue(t.length >= 3 && t.length <= 12, java.util.Arrays.toString(t));
        assertArrayEquals(new double[] {0, 2e-301, 4e-301, 6e-301, 8e-301, 1e-300}, t, 1e-315);
    }

    @Test
    void theTickCountIsBoundedWhateverTheTarget() {
        assertTrue(ticks(-1, 1).length <= 2 * 5 + 2);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, Ticks.linear(-1, 1, 4), 0);
    }
}
