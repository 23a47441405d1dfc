package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PowerTableTest {

    @Test
    void everyEntryIsMathPowBitForBitInsideAndOutsideTheTable() {
        for (double base : new double[] {0.9, 0.999, 0.5, -0.3, 0, 1, 1.0000001, Double.NaN}) {
            for (int t : new int[] {0, 1, 2, 3, 17, 1000, PowerTable.LENGTH - 1, PowerTable.LENGTH, 100_000, -1}) {
                assertEquals(Double.doubleToRawLongBits(Math.pow(base, t)),
                        Double.doubleToRawLongBits(PowerTable.pow(base, t)), base + "^" + t);
            }
        }
    }

    @Test
    void manyBasesStayCorrectWhenTheCacheIsCleared() {
        for (int k = 0; k < 3 * PowerTable.MAX_BASES; k++) {
            double base = 0.5 + k / 100.0;
            assertEquals(Math.pow(base, 7), PowerTable.pow(base, 7));
            assertEquals(Math.pow(0.9, 7), PowerTable.pow(0.9, 7));
        }
    }
}
