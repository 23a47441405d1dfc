package dev.superlevel.ui.analysis.internals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.superlevel.core.grid.Domain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

/** The common scale, the round scale bar and the power-of-ten magnification of tiny arrows. */
class ArrowScaleTest {

    private static final Arrow GRADIENT = new Arrow(ArrowKind.GRADIENT, 1, 2, -2, -4);
    private static final Arrow UPDATE = new Arrow(ArrowKind.UPDATE, 1, 2, -0.2, -0.4);

    /**
     * View [−2, 2]²: the longest arrow |−g| = √20 spans 0.2·4 = 0.8, so the factor is 0.8/√20; the bar is 2
     * (the largest of 1, 2, 5 × 10ⁿ not above √20 ≈ 4.47), 2·0.8/√20 ≈ 0.358 long.
     */
    @Test
    void theLongestArrowSpansAFifthOfTheViewAndTheBarIsRound() {
        ArrowScale scale = ArrowScale.fit(List.of(GRADIENT, UPDATE), new Domain(-2, 2, -2, 2));
        assertEquals(0.8 / Math.sqrt(20), scale.factor(), 1e-15);
        assertEquals(new BigDecimal("2"), scale.barValue());
        assertEquals(1.6 / Math.sqrt(20), scale.barLength(), 1e-15);
        assertEquals("\u27f7 = 2", scale.barLabel());
        assertArrayEquals(new double[] {1 - 0.8 / Math.sqrt(5), 2 - 1.6 / Math.sqrt(5)}, scale.tip(GRADIENT), 1e-15);
    }

    /**
     * The update |Δθ| = √0.2 would be drawn 0.8·√0.2/√20 = 0.08 long, under 3 % of the view (0.12): ×10
     * brings it to 0.8, the smallest power of ten that reaches 0.12; its tip then lies on the gradient's.
     */
    @Test
    void aTinyUpdateIsMagnifiedByAPowerOfTenAndSaysSo() {
        ArrowScale scale = ArrowScale.fit(List.of(GRADIENT, UPDATE), new Domain(-2, 2, -2, 2));
        assertEquals(1, scale.magnification(GRADIENT));
        assertEquals("", scale.magnificationLabel(GRADIENT));
        assertEquals(10, scale.magnification(UPDATE), 1e-12);
        assertEquals("\u00d710", scale.magnificationLabel(UPDATE));
        assertArrayEquals(new double[] {1 - 0.8 / Math.sqrt(5), 2 - 1.6 / Math.sqrt(5)}, scale.tip(UPDATE), 1e-12);
    }

    /** Rate 1e-4: Δθ = 1e-4·g is drawn 1e-4·0.8 long; ×1000 gives 0.08 < 0.12, so ×10⁴. */
    @Test
    void aMuchSmallerUpdateGetsALargerPower() {
        Arrow update = new Arrow(ArrowKind.UPDATE, 1, 2, -2e-4, -4e-4);
        ArrowScale scale = ArrowScale.fit(List.of(GRADIENT, update), new Domain(-2, 2, -2, 2));
        assertEquals("\u00d710\u2074", scale.magnificationLabel(update));
    }

    /** Drawn 0.8·10⁻² and 0.8·10⁻³ long: ×100 and ×1000 (written out), the powers above in superscript. */
    @Test
    void magnificationLabelsUpToAThousandAreWrittenOut() {
        Arrow hundredth = new Arrow(ArrowKind.DIRECTION, 1, 2, -0.02, -0.04);
        Arrow thousandth = new Arrow(ArrowKind.UPDATE, 1, 2, -0.002, -0.004);
        ArrowScale scale = ArrowScale.fit(List.of(GRADIENT, hundredth, thousandth), new Domain(-2, 2, -2, 2));
        assertEquals("\u00d7100", scale.magnificationLabel(hundredth));
        assertEquals("\u00d71000", scale.magnificationLabel(thousandth));
    }

    /** The view's shorter side sets the scale: 10 × 4 → 0.2·4 for the longest (length 0.5, bar 0.5). */
    @Test
    void theShorterSideOfTheViewSetsTheScale() {
        Arrow a = new Arrow(ArrowKind.BUFFER, 0, 0, 0.3, -0.4);
        ArrowScale scale = ArrowScale.fit(List.of(a), new Domain(0, 10, 0, 4));
        assertEquals(0.8 / 0.5, scale.factor(), 1e-15);
        assertEquals("\u27f7 = 0.5", scale.barLabel());
    }

    @Test
    void barValuesAreTheLargestRoundNumberNotAboveTheLongest() {
        assertEquals(new BigDecimal("5"), ArrowScale.roundDown(7));
        assertEquals(new BigDecimal("1E+3"), ArrowScale.roundDown(1000));
        assertEquals(new BigDecimal("0.02"), ArrowScale.roundDown(0.049));
        assertEquals(new BigDecimal("0.1"), ArrowScale.roundDown(0.1));
        assertEquals(new BigDecimal("2E-7"), ArrowScale.roundDown(3e-7));
    }

    @Test
    void nothingToScaleWithoutArrowsOrWithOnlyZeroVectors() {
        assertNull(ArrowScale.fit(List.of(), new Domain(-2, 2, -2, 2)));
        assertNull(ArrowScale.fit(List.of(new Arrow(ArrowKind.UPDATE, 0, 0, 0, 0)), new Domain(-2, 2, -2, 2)));
    }
}
