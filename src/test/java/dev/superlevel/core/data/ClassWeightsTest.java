package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {

    private static final Dataset DATA = new Dataset("d", new double[][] {{0, 0}, {1, 1}, {2, 2}},
            new int[] {0, 1, 1}, new double[] {1, 1, 1}, 2);

    @Test
    void parsesExplicitWeights() {
        assertArrayEquals(new double[] {0.5, 3}, ClassWeights.parse(" 0.5, 3 ").resolve(DATA), 0.0);
    }

    @Test
    void parsesBalancedCaseInsensitively() {
        assertArrayEquals(new double[] {3.0 / 2, 3.0 / 4}, ClassWeights.parse("Balanced").resolve(DATA), 1e-15);
    }

    @Test
    void rejectsNonNumericEntryNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassWeights.parse("1,abc"));
        assertEquals("class weights: 'abc' (entry 2 of '1,abc') is not a number; expected W0,W1,… or 'balanced'",
                e.getMessage());
    }

    @Test
    void rejectsNegativeWeight() {
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.parse("1,-2"));
    }

}
