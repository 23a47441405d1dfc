package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import org.junit.jupiter.api.Test;

/** Mechanic's first steps checked by hand against SPEC §1.1. */
class MechanicTest {

    private static final double[] BETAS = {0.9, 0.99, 0.999, 0.9999, 0.99999, 0.999999};

    private static Mechanic mechanic(String variant) {
        return (Mechanic) Optimizers.create(
                RunConfigParser.parseSpec("optimizer=mechanic,base=sgd,variant=" + variant), 2);
    }

    @Test
    void torchStartsWithZeroScaleAndTinyMaxima() {
        Mechanic m = mechanic("torch");
        assertEquals(0.0, m.scaleSum(), 0.0);
        assertArrayEquals(new double[] {1e-6, 1e-6, 1e-6, 1e-6, 1e-6, 1e-6}, m.m(), 0.0);
        assertArrayEquals(BETAS, m.betas(), 0.0);
    }

    @Test
    void torchFirstStepScalesTheBaseUpdateByTheInitialWealth() {
        Mechanic m = mechanic("torch");
        double[] x = {4.0, 2.0};
        m.step(x, new double[] {4.0, 20.0}, 1.0);
        // Δ = 0 so h = 0: m_j = β_j·1e-6, v = r = 0, s_j = (m_j·s_init/6)/(0 + ε)
        double sum = 0.0;
        for (int j = 0; j < 6; j++) {
            double expectedS = (BETAS[j] * 1e-6 * 1e-8 / 6) / 1e-8;
            assertEquals(expectedS, m.s()[j], 1e-22);
            assertEquals(BETAS[j] * 1e-6, m.m()[j], 0.0);
            sum += expectedS;
        }
        assertArrayEquals(new double[6], m.v(), 0.0);
        assertArrayEquals(new double[6], m.r(), 0.0);
        assertEquals(9.814815e-7, sum, 1e-15);
        assertEquals(sum, m.scaleSum(), 1e-21);
        assertEquals(4.0 - 4.0 * sum, x[0], 1e-15);
        assertEquals(2.0 - 20.0 * sum, x[1], 1e-15);
    }

    @Test
    void optaxStartsAtSInitPerBetaAndDropsToOneSixthOfItAfterTheFirstStep() {
        Mechanic m = mechanic("optax");
        assertEquals(6e-6, m.scaleSum(), 1e-20);
        double[] x = {4.0, 2.0};
        m.step(x, new double[] {4.0, 20.0}, 1.0);
        // h = 0: m = ε, s_j = (s_init/6)·ε/ε
        assertEquals(1e-6, m.scaleSum(), 1e-20);
        assertEquals(4.0 - 4.0 * 1e-6, x[0], 1e-15);
    }

    @Test
    void paperVariantStaysAtTheStartForOneStepBecauseItsStoredDeltaIsZero() {
        Mechanic m = mechanic("paper");
        double[] x = {4.0, 2.0};
        m.step(x, new double[] {4.0, 20.0}, 1.0);
        assertArrayEquals(new double[] {4.0, 2.0}, x, 0.0);
        assertEquals(0.0, m.scaleSum(), 0.0);
        m.step(x, new double[] {4.0, 20.0}, 1.0);
        // now Δ = −g, h = −‖g‖² and s_j = (|h|·s_init/6)/(|h| + ε) ≈ s_init/6
        assertEquals(1e-8, m.scaleSum(), 1e-16);
        assertTrue(x[0] < 4.0 && x[1] < 2.0);
    }

    @Test
    void scaleGrowsWhileTheGradientKeepsItsDirection() {
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(),
                RunConfigParser.parseSpec("optimizer=mechanic,start=4,2,steps=20"), Cancellation.NONE);
        for (int i = 2; i <= 20; i++) {
            assertTrue(t.step(i).tunerS() > t.step(i - 1).tunerS(), "S grows at step " + i);
        }
    }

    @Test
    void trajectoryLrColumnIsTheScaleTimesTheBaseRate() {
        Trajectory t = TrajectoryRunner.run(TestLosses.rosenbrock(),
                RunConfigParser.parseSpec("optimizer=mechanic,base=adam,lr=0.5,start=-1.5,2,steps=30"),
                Cancellation.NONE);
        for (TrajectoryStep s : t.steps()) {
            assertEquals(s.tunerS() * 0.5, s.lr(), 0.0);
        }
    }

    @Test
    void trajectoryKeepsThePerBetaScalesOfEveryRow() {
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(),
                RunConfigParser.parseSpec("optimizer=mechanic,start=4,2,steps=10"), Cancellation.NONE);
        assertArrayEquals(new double[6], t.tunerScales(0), 0.0);
        for (int i = 1; i <= 10; i++) {
            double sum = 0.0;
            for (double s : t.tunerScales(i)) {
                sum += s;
            }
            assertEquals(t.step(i).tunerS(), sum, 0.0);
        }
    }

    @Test
    void trajectoryRecordsTheBettorsStateOfRowOneByHand() {
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(),
                RunConfigParser.parseSpec("optimizer=mechanic,start=4,2,steps=10"), Cancellation.NONE);
        TunerState start = t.tunerState(0);
        assertArrayEquals(new double[] {1e-6, 1e-6, 1e-6, 1e-6, 1e-6, 1e-6}, start.m(), 0.0);
        assertArrayEquals(new double[6], start.s(), 0.0);
        TunerState one = t.tunerState(1);
        // the first update has h = 0: m_j = β_j·1e-6, v = r = 0, s_j = (m_j·s_init/6)/ε
        for (int j = 0; j < 6; j++) {
            assertEquals(BETAS[j] * 1e-6, one.m()[j], 0.0);
            assertEquals((BETAS[j] * 1e-6 * 1e-8 / 6) / 1e-8, one.s()[j], 1e-22);
        }
        assertArrayEquals(new double[6], one.v(), 0.0);
        assertArrayEquals(new double[6], one.r(), 0.0);
        assertArrayEquals(BETAS, one.betas(), 0.0);
        assertEquals(t.step(1).tunerS(), one.scale(), 0.0);
    }

    @Test
    void trajectoryTunerStateOfEveryRowIsTheOptimizersStateAfterThatManyUpdates() {
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(),
                RunConfigParser.parseSpec("optimizer=mechanic,start=4,2,steps=8"), Cancellation.NONE);
        Mechanic m = mechanic("torch");
        double[] x = {4.0, 2.0};
        for (int row = 1; row <= 8; row++) {
            TrajectoryStep previous = t.step(row - 1);
            m.step(x, new double[] {previous.gx(), previous.gy()}, 1.0);
            TunerState recorded = t.tunerState(row);
            assertArrayEquals(m.s(), recorded.s(), 0.0, "s at row " + row);
            assertArrayEquals(m.m(), recorded.m(), 0.0, "m at row " + row);
            assertArrayEquals(m.v(), recorded.v(), 0.0, "v at row " + row);
            assertArrayEquals(m.r(), recorded.r(), 0.0, "r at row " + row);
            assertEquals(t.step(row).x(), x[0], 0.0);
        }
    }

    @Test
    void otherOptimizersHaveNoTunerState() {
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(),
                RunConfigParser.parseSpec("optimizer=adam,steps=3"), Cancellation.NONE);
        assertTrue(Double.isNaN(t.step(1).tunerS()));
        assertEquals(0, t.tunerScales(1).length);
        assertEquals(null, t.tunerState(1));
    }
}
