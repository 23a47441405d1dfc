package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleBinaryOperator;

class ResolutionCheckTest {

    /** A value-only loss for tests; derivatives are not needed here. */
    private record Values(DoubleBinaryOperator f) implements LossFunction {
        @Override
        public double value(double x, double y) {
            return f.applyAsDouble(x, y);
        }

        @Override
        public Derivatives derivatives(double x, double y) {
            throw new UnsupportedOperationException("not needed");
        }
    }

    private static final GridSpec UNIT_5 = new GridSpec(new Domain(0, 1, 0, 1), 5, 5);

    @Test
    void stripesFinerThanTheGridAreReportedUnstable() {
        // cos(8πx) has maxima at x = 0, ¼, ½, ¾, 1; five samples per side all land on maxima (one
        // component at λ = ½). Ten samples x_i = i/9 give cos values 1, .77, .77, 1 above ½ at i = 0, 2,
        // 7, 9 only: four stripes.
        ResolutionReport r = ResolutionCheck.check(new Values((x, y) -> Math.cos(8 * Math.PI * x)), UNIT_5,
                0.5, SetMode.SUPERLEVEL, Connectivity.CONTOUR, Cancellation.NONE);
        assertEquals(new ResolutionReport(1, 4), r);
        assertFalse(r.isStable());
    }

    @Test
    void singleSmoothBumpIsStable() {
        ResolutionReport r = ResolutionCheck.check(new Values((x, y) -> -(x - 0.5) * (x - 0.5) - y * y), UNIT_5,
                -0.3, SetMode.SUPERLEVEL, Connectivity.CONTOUR, Cancellation.NONE);
        assertEquals(new ResolutionReport(1, 1), r);
        assertTrue(r.isStable());
    }

    @Test
    void cancellationStopsTheCheck() {
        assertThrows(CancelledException.class, () -> ResolutionCheck.check(new Values((x, y) -> x), UNIT_5, 0,
                SetMode.SUPERLEVEL, Connectivity.FOUR, () -> true));
    }
}
