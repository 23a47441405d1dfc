package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static Schedule schedule(String spec) {
        return Schedule.of(RunConfigParser.parseSpec(spec));
    }

    @Test
    void constantKeepsTheBaseRate() {
        assertEquals(0.3, schedule("schedule=constant").rate(0.3, 1000, 5.0), 0.0);
    }

    @Test
    void exponentialStartsAtTheBaseRateOnTheFirstUpdate() {
        Schedule s = schedule("schedule=exponential,decay=0.1");
        assertEquals(2.0, s.rate(2.0, 0, 9.0), 0.0);
        assertEquals(2.0 * Math.exp(-1.0), s.rate(2.0, 10, 9.0), 1e-15);
    }

    @Test
    void exponentialEqualsRepeatedMultiplicationByTorchGamma() {
        Schedule s = schedule("schedule=exponential,decay=0.01");
        double torchRate = 0.02;
        for (int t = 0; t < 200; t++) {
            assertEquals(torchRate, s.rate(0.02, t, 0.0), 1e-9 * torchRate);
            torchRate *= Math.exp(-0.01);
        }
    }

    @Test
    void normDividesByOnePlusTheGradientNorm() {
        assertEquals(0.25, schedule("schedule=norm").rate(1.0, 7, 3.0), 0.0);
    }

    @Test
    void expNormCombinesDecayAndGradientNorm() {
        assertEquals(Math.exp(-0.5) / 2.0, schedule("schedule=exp-norm,decay=0.05").rate(1.0, 10, 1.0), 1e-15);
    }

    @Test
    void stepMultipliesByGammaOnceEveryPeriod() {
        Schedule s = schedule("schedule=step,step-gamma=0.5,step-every=10");
        assertEquals(1.0, s.rate(1.0, 9, 0), 0.0);
        assertEquals(0.5, s.rate(1.0, 10, 0), 0.0);
        assertEquals(0.125, s.rate(1.0, 35, 0), 0.0);
    }

    @Test
    void cosineAnnealsFromTheBaseRateToItsFloorAndStaysThere() {
        Schedule s = schedule("schedule=cosine,cosine-horizon=100,cosine-floor=0.2");
        assertEquals(1.0, s.rate(1.0, 0, 0), 1e-15);
        assertEquals(0.6, s.rate(1.0, 50, 0), 1e-15);
        assertEquals(0.2, s.rate(1.0, 100, 0), 1e-15);
        assertEquals(0.2, s.rate(1.0, 1000, 0), 1e-15);
    }

    @Test
    void cosineWithoutAHorizonSpansTheWholeRun() {
        Schedule s = schedule("schedule=cosine,steps=40");
        assertEquals(0.5, s.rate(1.0, 20, 0), 1e-15);
        assertEquals(0.0, s.rate(1.0, 40, 0), 1e-15);
    }
}
