package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** The per-coordinate kernels of SPEC §1.2, checked against hand-derived first updates. */
class OptimizerKernelTest {

    private static Optimizer create(String spec, int dimension) {
        return Optimizers.create(RunConfigParser.parseSpec(spec), dimension);
    }

    @Test
    void gradientDescentSubtractsTheScaledGradientInEveryCoordinate() {
        double[] x = {1.0, -2.0, 3.0};
        create("optimizer=gd", 3).step(x, new double[] {0.5, 1.0, -4.0}, 0.1);
        assertArrayEquals(new double[] {1.0 - 0.1 * 0.5, -2.0 - 0.1 * 1.0, 3.0 + 0.1 * 4.0}, x, 0.0);
    }

    @Test
    void momentumBufferStartsAtTheGradientThenAccumulatesWithDampening() {
        Optimizer opt = create("optimizer=momentum,momentum=0.5,dampening=0.25", 1);
        double[] x = {0.0};
        opt.step(x, new double[] {2.0}, 0.1);
        assertEquals(-0.2, x[0], 1e-15);
        opt.step(x, new double[] {4.0}, 0.1);
        double buf = 2.0 * 0.5 + 0.75 * 4.0;
        assertEquals(-0.2 - 0.1 * buf, x[0], 1e-15);
    }

    @Test
    void nesterovStepsAlongGradientPlusMomentumTimesBuffer() {
        Optimizer opt = create("optimizer=nesterov,momentum=0.9", 1);
        double[] x = {0.0};
        opt.step(x, new double[] {1.0}, 0.1);
        assertEquals(-0.1 * (1.0 + 0.9 * 1.0), x[0], 1e-15);
        opt.step(x, new double[] {1.0}, 0.1);
        double buf = 0.9 + 1.0;
        assertEquals(-0.19 - 0.1 * (1.0 + 0.9 * buf), x[0], 1e-15);
    }

    @Test
    void adamFirstStepMovesByTheLearningRateAgainstTheGradientSign() {
        Optimizer opt = create("optimizer=adam", 2);
        double[] x = {1.0, 1.0};
        opt.step(x, new double[] {3.0, -0.001}, 0.05);
        // bias-corrected m̂ = g, v̂ = g², so the step is lr·g/(|g| + eps)
        assertEquals(1.0 - 0.05 * 3.0 / (3.0 + 1e-8), x[0], 1e-15);
        assertEquals(1.0 + 0.05 * 0.001 / (0.001 + 1e-8), x[1], 1e-15);
    }

    @Test
    void adamSecondStepUsesBiasCorrectedMoments() {
        Optimizer opt = create("optimizer=adam,beta1=0.5,beta2=0.75", 1);
        double[] x = {0.0};
        opt.step(x, new double[] {1.0}, 1.0);
        double afterFirst = x[0];
        opt.step(x, new double[] {3.0}, 1.0);
        double m = 0.5 * 0.5 * 1.0 + 0.5 * 3.0;
        double v = 0.75 * 0.25 * 1.0 + 0.25 * 9.0;
        double expected = afterFirst - (m / (1 - 0.25)) / (Math.sqrt(v / (1 - 0.5625)) + 1e-8);
        assertEquals(expected, x[0], 1e-14);
    }

    @Test
    void adamwDecaysTheWeightsBeforeTheAdamUpdate() {
        Optimizer adamw = create("optimizer=adamw,weight-decay=0.1", 1);
        Optimizer adam = create("optimizer=adam", 1);
        double[] xw = {2.0};
        double[] xa = {2.0 * (1 - 0.5 * 0.1)};
        adamw.step(xw, new double[] {1.0}, 0.5);
        adam.step(xa, new double[] {1.0}, 0.5);
        assertEquals(xa[0], xw[0], 0.0);
    }

    @Test
    void rmspropDividesByTheRootOfTheSmoothedSquare() {
        Optimizer opt = create("optimizer=rmsprop,alpha=0.9", 1);
        double[] x = {0.0};
        opt.step(x, new double[] {2.0}, 0.01);
        assertEquals(-0.01 * 2.0 / (Math.sqrt(0.1 * 4.0) + 1e-8), x[0], 1e-15);
    }

    @Test
    void adagradDecaysItsRateWithTheUpdateCount() {
        Optimizer opt = create("optimizer=adagrad,lr-decay=0.5", 1);
        double[] x = {0.0};
        opt.step(x, new double[] {1.0}, 1.0);
        assertEquals(-1.0 / (1.0 + 1e-10), x[0], 1e-15);
        opt.step(x, new double[] {1.0}, 1.0);
        assertEquals(-1.0 / (1.0 + 1e-10) - (1.0 / 1.5) / (Math.sqrt(2.0) + 1e-10), x[0], 1e-15);
    }

    @Test
    void everyOptimizerReportsItsKindAndDimension() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer opt = Optimizers.create(RunConfig.defaults(kind), 5);
            assertEquals(kind, opt.kind());
            assertEquals(5, opt.dimension());
        }
    }

    @Test
    void stepRejectsVectorsOfTheWrongLength() {
        Optimizer opt = create("optimizer=adam", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> opt.step(new double[3], new double[2], 0.1));
        assertEquals("step expects x and g of length 2, got 3 and 2", e.getMessage());
    }

    @Test
    void creatingAnOptimizerForNoCoordinatesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.create(RunConfigParser.parse(Map.of()), 0));
        assertEquals("dimension must be ≥ 1, got 0", e.getMessage());
    }
}
