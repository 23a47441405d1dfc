package dev.superlevel.ui.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

class StartSpreadTest {

    private static final Domain DOMAIN = new Domain(-5, 5, -5, 5);

    @Test
    void startsInsideTheNewDomainAreKept() {
        List<double[]> next = StartSpread.starts(List.of(new double[] {1, 2}, new double[] {-3, 4}), DOMAIN,
                new double[] {0, 0});
        assertArrayEquals(new double[] {1, 2}, next.get(0));
        assertArrayEquals(new double[] {-3, 4}, next.get(1));
    }

    @Test
    void startsOutsideMoveToThePreferredStartSpreadAlongTheDiagonal() {
        // three runs outside: the preferred start, then 0.06 × 10 = 0.6 further per run
        List<double[]> next = StartSpread.starts(List.of(new double[] {9, 9}, new double[] {-8, 0},
                new double[] {0, 7}), DOMAIN, new double[] {1, -1});
        assertArrayEquals(new double[] {1, -1}, next.get(0), 1e-12);
        assertArrayEquals(new double[] {1.6, -0.4}, next.get(1), 1e-12);
        assertArrayEquals(new double[] {2.2, 0.2}, next.get(2), 1e-12);
    }

    @Test
    void twoRunsOnTheSameStartAreSeparatedAndAKeptStartIsNotReused() {
        List<double[]> next = StartSpread.starts(Arrays.asList(new double[] {1, -1}, new double[] {1, -1}, null), DOMAIN,
                new double[] {1, -1});
        assertArrayEquals(new double[] {1, -1}, next.get(0));
        // the preferred start is taken by the first run: the next free point along the diagonal
        assertArrayEquals(new double[] {1.6, -0.4}, next.get(1), 1e-12);
        assertArrayEquals(new double[] {2.2, 0.2}, next.get(2), 1e-12);
    }

    @Test
    void spreadStartsWrapAroundAndStayInsideTheDomain() {
        double[][] current = new double[30][];
        List<double[]> next = StartSpread.starts(Arrays.asList(current), DOMAIN, new double[] {4.5, 4.5});
        for (int i = 0; i < next.size(); i++) {
            assertTrue(DOMAIN.contains(next.get(i)[0], next.get(i)[1]), Arrays.toString(next.get(i)));
            for (int j = 0; j < i; j++) {
                assertFalse(Arrays.equals(next.get(i), next.get(j)), i + " and " + j);
            }
        }
        // 4.5 + 0.6 = 5.1 wraps to -4.9
        assertEquals(-4.9, next.get(1)[0], 1e-12);
    }

    @Test
    void startsThatDifferOnlyByRoundingAreTheSamePointAndStartsAPixelApartAreNot() {
        // 1.6 written into a run as six digits stays 1.6, but the spread computes 1 + 0.6 = 1.6000000000000001
        List<double[]> next = StartSpread.starts(Arrays.asList(new double[] {1, -1}, new double[] {1.6, -0.4}, null),
                DOMAIN, new double[] {1, -1});
        assertArrayEquals(new double[] {2.2, 0.2}, next.get(2), 1e-12);
        // 0.02 apart on a domain 10 wide (0.2 %): two different starts, both kept
        List<double[]> close = StartSpread.starts(List.of(new double[] {1, 1}, new double[] {1.02, 1}), DOMAIN,
                new double[] {0, 0});
        assertArrayEquals(new double[] {1.02, 1}, close.get(1));
    }
}
