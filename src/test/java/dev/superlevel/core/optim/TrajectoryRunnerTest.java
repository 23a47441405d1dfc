package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

class TrajectoryRunnerTest {

    private static Trajectory run(LossFunction loss, String spec) {
        return TrajectoryRunner.run(loss, RunConfigParser.parseSpec(spec), Cancellation.NONE);
    }

    @Test
    void gradientDescentLyapunovDerivativeIsMinusRateTimesSquaredGradientNorm() {
        Trajectory t = run(TestLosses.quadratic(), "optimizer=gd,lr=0.02,schedule=exponential,start=4,2,steps=100");
        for (int i = 0; i < t.size() - 1; i++) {
            TrajectoryStep s = t.step(i);
            double expected = -s.lr() * s.gradNorm() * s.gradNorm();
            assertEquals(expected, s.dVdt(), 1e-12 * Math.abs(expected), "row " + i);
        }
    }

    @Test
    void secondOrderTaylorPredictionIsExactOnAQuadratic() {
        Trajectory t = run(TestLosses.quadratic(), "optimizer=gd,lr=0.05,start=4,2,steps=100");
        for (int i = 0; i < t.size() - 1; i++) {
            TrajectoryStep s = t.step(i);
            assertEquals(s.deltaL(), s.taylor2(), 1e-13 * s.loss(), "row " + i);
        }
    }

    @Test
    void overshootingStepsAreReportedAsLyapunovViolations() {
        // on 0.5(x² + 10y²) from (0, 2) with lr 0.21 each step maps y to (1 − 2.1)·y: |y| and L grow
        Trajectory t = run(TestLosses.quadratic(), "optimizer=gd,lr=0.21,start=0,2,steps=3");
        assertTrue(t.step(0).isViolation());
        assertTrue(t.step(0).dVdt() < 0, "continuous-time derivative still negative");
        assertEquals(3, t.violationCount());
    }

    @Test
    void lastRowHasNoNextStepQuantitiesButKeepsItsRate() {
        Trajectory t = run(TestLosses.quadratic(), "optimizer=gd,lr=0.02,start=4,2,steps=5");
        TrajectoryStep last = t.last();
        assertEquals(5, last.step());
        assertTrue(Double.isNaN(last.dVdt()) && Double.isNaN(last.deltaL()));
        assertTrue(Double.isNaN(last.taylor1()) && Double.isNaN(last.taylor2()));
        assertFalse(last.isViolation());
        assertEquals(0.02, last.lr(), 0.0);
        assertEquals(RunStatus.COMPLETED, t.status());
        assertEquals("completed 5 steps", t.statusMessage());
    }

    @Test
    void tooLargeRateDivergesCleanlyWhenTheIterateLeavesTheBound() {
        Trajectory t = run(TestLosses.quadratic(), "optimizer=gd,lr=10,start=4,2,steps=100");
        assertEquals(RunStatus.DIVERGED, t.status());
        // y: 2 → −198 → 19602 → −1940598
        assertEquals("diverged at step 3: left the bound |θ| ≤ 1e6", t.statusMessage());
        assertEquals(3, t.size());
        assertTrue(Double.isNaN(t.last().deltaL()));
    }

    @Test
    void infiniteLossStopsTheRunAndNamesTheStep() {
        LossFunction cliff = new LossFunction() {
            @Override
            public double value(double x, double y) {
                return x < 3 ? -x : Double.POSITIVE_INFINITY;
            }

            @Override
            public Derivatives derivatives(double x, double y) {
                return new Derivatives(value(x, y), -1, 0, 0, 0, 0);
            }
        };
        Trajectory t = run(cliff, "optimizer=gd,lr=1,start=0,0,steps=10");
        assertEquals(RunStatus.DIVERGED, t.status());
        assertEquals("diverged at step 3: loss is Infinity", t.statusMessage());
        assertEquals(3, t.size());
    }

    @Test
    void undefinedStartGivesAnEmptyDivergedTrajectory() {
        Trajectory t = run(new LossFunction() {
            @Override
            public double value(double x, double y) {
                return Double.NaN;
            }

            @Override
            public Derivatives derivatives(double x, double y) {
                return new Derivatives(Double.NaN, 0, 0, 0, 0, 0);
            }
        }, "optimizer=adam,steps=10");
        assertEquals("diverged at step 0: loss is NaN", t.statusMessage());
        assertEquals(0, t.size());
        assertTrue(t.steps().isEmpty());
    }

    @Test
    void cancellationIsCheckedEvery1024StepsAndKeepsTheRowsSoFar() {
        AtomicInteger checks = new AtomicInteger();
        Cancellation thirdCheck = () -> checks.incrementAndGet() >= 3;
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(),
                RunConfigParser.parseSpec("optimizer=gd,lr=0.001,start=4,2,steps=100000"), thirdCheck);
        assertEquals(RunStatus.CANCELLED, t.status());
        assertEquals("cancelled at step 2048", t.statusMessage());
        assertEquals(2049, t.size());
    }

    @Test
    void aTypedLyapunovFunctionGivesItsOwnDerivativeAlongTheActualStep() {
        LossFunction v = TestLosses.quadratic(1.0, 1.0);
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(), v,
                RunConfigParser.parseSpec("optimizer=momentum,lr=0.01,start=4,2,steps=10"), Cancellation.NONE);
        for (int i = 0; i < 10; i++) {
            TrajectoryStep s = t.step(i);
            TrajectoryStep next = t.step(i + 1);
            double expected = s.x() * (next.x() - s.x()) + s.y() * (next.y() - s.y());
            assertEquals(expected, s.dVdt(), 0.0);
        }
    }

    @Test
    void timeModulatedCostScalesTheObjectiveAndTheGradient() {
        RunConfig cfg = RunConfigParser.parseSpec(
                "optimizer=gd,lr=0.01,cost-kappa=2,cost-delta=0.5,cost-reg=l2,cost-reg-lambda=0.1,start=4,2,steps=3");
        Trajectory t = TrajectoryRunner.run(TestLosses.quadratic(), cfg, Cancellation.NONE);
        TrajectoryStep s = t.step(1);
        double gamma = 1 + 2 * Math.exp(-0.5);
        double omega = 0.5 * (s.x() * s.x() + s.y() * s.y());
        assertEquals(gamma * (s.loss() + 0.1 * omega), s.objective(), 1e-12);
        double expectedX = s.x() - 0.01 * gamma * (s.gx() + 0.1 * s.x());
        assertEquals(expectedX, t.step(2).x(), 1e-14);
    }

    @Test
    void l1SubgradientIsZeroAtZero() {
        DynamicCost cost = new DynamicCost(RunConfigParser.parseSpec("cost-reg=l1,cost-reg-lambda=0.5"));
        double[] out = new double[2];
        cost.gradient(new Derivatives(0, 1.0, 1.0, 0, 0, 0), new double[] {0.0, -3.0}, 0, out);
        assertEquals(1.0, out[0], 0.0);
        assertEquals(0.5, out[1], 0.0);
        assertEquals(0.5 * 3.0, cost.value(0.0, new double[] {0.0, -3.0}, 0), 0.0);
    }

    @Test
    void plainCostFeedsExactlyTheLossGradient() {
        Trajectory t = run(TestLosses.rosenbrock(), "optimizer=gd,lr=0.001,start=-1.5,2,steps=50");
        for (int i = 0; i < 50; i++) {
            TrajectoryStep s = t.step(i);
            assertEquals(s.x() - 0.001 * s.gx(), t.step(i + 1).x(), 0.0);
            assertEquals(s.loss(), s.objective(), 0.0);
        }
    }

    @Test
    void gradientNoiseIsReproducibleFromItsSeed() {
        String spec = "optimizer=gd,lr=0.01,noise=0.5,start=4,2,steps=50,seed=";
        Trajectory a = run(TestLosses.quadratic(), spec + "7");
        Trajectory b = run(TestLosses.quadratic(), spec + "7");
        Trajectory c = run(TestLosses.quadratic(), spec + "8");
        assertEquals(a.steps(), b.steps());
        assertNotEquals(a.last().x(), c.last().x());
        assertNotEquals(run(TestLosses.quadratic(), "optimizer=gd,lr=0.01,start=4,2,steps=50").last().x(),
                a.last().x());
    }

    @Test
    void aLongRunKeepsEveryRow() {
        Trajectory t = run(TestLosses.rosenbrock(), "optimizer=adam,lr=0.01,start=-1.5,2,steps=100000");
        assertEquals(RunStatus.COMPLETED, t.status());
        assertEquals(100_001, t.size());
        assertEquals(1.0, t.last().x(), 1e-3);
    }

    @Test
    void stepsViewIsReadOnly() {
        Trajectory t = run(TestLosses.quadratic(), "steps=2");
        assertThrows(UnsupportedOperationException.class, () -> t.steps().remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> t.step(3));
    }
}
