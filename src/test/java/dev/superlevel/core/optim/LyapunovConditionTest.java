package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import org.junit.jupiter.api.Test;

/** On the 3×3 grid of [−1, 1]² with L = x² + y² (∇L = (2x, 2y)). */
class LyapunovConditionTest {

    private static final LossFunction BOWL = ExpressionCompiler.compile("x^2 + y^2");
    private static final GridSpec GRID = new GridSpec(new Domain(-1, 1, -1, 1), 3, 3);

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    @Test
    void theLossItselfNeverFails() {
        assertEquals(0, count(LyapunovCondition.failures(BOWL, BOWL, GRID, Cancellation.NONE)));
    }

    @Test
    void aSaddleFailsWhereTheYTermWins() {
        // ∇V·∇L = 2x·2x − 2y·2y = 4(x² − y²) < 0 exactly where |y| > |x|: the nodes (0, ±1)
        boolean[] fails = LyapunovCondition.failures(BOWL, ExpressionCompiler.compile("x^2 - y^2"), GRID,
                Cancellation.NONE);
        boolean[] expected = new boolean[9];
        expected[GRID.index(1, 0)] = true;
        expected[GRID.index(1, 2)] = true;
        assertArrayEquals(expected, fails);
    }

    @Test
    void theNegatedLossFailsWhereverTheGradientIsNonZero() {
        boolean[] fails = LyapunovCondition.failures(BOWL, ExpressionCompiler.compile("-(x^2 + y^2)"), GRID,
                Cancellation.NONE);
        assertEquals(8, count(fails));
        assertEquals(false, fails[GRID.index(1, 1)]);
    }
}
