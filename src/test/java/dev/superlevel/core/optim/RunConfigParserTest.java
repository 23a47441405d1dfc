package dev.superlevel.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

class RunConfigParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lr=-1                     | lr must be ≥ 0, got -1
            lr=NaN                    | lr must be ≥ 0, got NaN
            lr=fast                   | lr must be a number, got 'fast'
            beta1=1.5                 | beta1 must be in [0, 1), got 1.5
            beta2=1                   | beta2 must be in [0, 1), got 1
            momentum=-0.1             | momentum must be in [0, 1), got -0.1
            dampening=2               | dampening must be in [0, 1], got 2
            eps=0                     | eps must be > 0, got 0
            weight-decay=-0.01        | weight-decay must be ≥ 0, got -0.01
            alpha=1                   | alpha must be in [0, 1), got 1
            lr-decay=-1               | lr-decay must be ≥ 0, got -1
            decay=-0.5                | decay must be ≥ 0, got -0.5
            mech-lambda=-1            | mech-lambda must be ≥ 0, got -1
            mech-s-init=0             | mech-s-init must be > 0, got 0
            mech-eps=-1e-08           | mech-eps must be > 0, got -1.0E-8
            step-gamma=0              | step-gamma must be in (0, 1], got 0
            step-every=0              | step-every must be ≥ 1, got 0
            step-every=2.5            | step-every must be an integer, got '2.5'
            cosine-horizon=-3         | cosine-horizon must be ≥ 0, got -3
            cosine-floor=1.5          | cosine-floor must be in [0, 1], got 1.5
            cost-kappa=-1             | cost-kappa must be ≥ 0, got -1
            cost-delta=-1             | cost-delta must be ≥ 0, got -1
            cost-reg-lambda=-2        | cost-reg-lambda must be ≥ 0, got -2
            noise=-1                  | noise must be ≥ 0, got -1
            seed=x                    | seed must be an integer, got 'x'
            steps=-5                  | steps must be in [0, 1000000], got -5
            steps=2000000             | steps must be in [0, 1000000], got 2000000
            start=1                   | start must be two numbers x,y, got '1'
            start=1,y                 | start y must be a number, got 'y'
            start=Infinity,0          | start x must be a finite number, got Infinity
            optimizer=adamx           | unknown optimizer 'adamx'; expected one of gd, momentum, nesterov, adam, adamw, rmsprop, adagrad, mechanic
            schedule=linear           | unknown schedule 'linear'; expected one of constant, exponential, norm, exp-norm, step, cosine
            variant=jax               | unknown variant 'jax'; expected one of torch, optax, paper
            base=mechanic             | unknown base 'mechanic'; expected one of sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad
            cost-reg=l3               | unknown cost-reg 'l3'; expected one of none, l1, l2
            """)
    void invalidValuesNameTheParameterAndItsAllowedRange(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunConfigParser.parseSpec(spec));
        assertEquals(message, e.getMessage());
    }

    @Test
    void unknownKeysAreListedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunConfigParser.parse(Map.of("learning-rate", "0.1")));
        assertEquals("unknown parameter 'learning-rate'; expected one of " + String.join(", ", RunConfigParser.KEYS),
                e.getMessage());
    }

    @Test
    void runSpecKeepsTheCommaInsideTheStartPoint() {
        RunConfig cfg = RunConfigParser.parseSpec("optimizer=adam,lr=0.05,start=-1.5,2,steps=300");
        assertEquals(OptimizerKind.ADAM, cfg.optimizer());
        assertEquals(0.05, cfg.learningRate());
        assertEquals(-1.5, cfg.startX());
        assertEquals(2.0, cfg.startY());
        assertEquals(300, cfg.steps());
    }

    @Test
    void runSpecRejectsAPieceBeforeAnyKeyAndRepeatedKeys() {
        assertEquals("run spec '2,lr=1': expected key=value, got '2'", assertThrows(
                IllegalArgumentException.class, () -> RunConfigParser.splitSpec("2,lr=1")).getMessage());
        assertEquals("run spec 'lr=1,lr=2': repeated key 'lr'", assertThrows(
                IllegalArgumentException.class, () -> RunConfigParser.splitSpec("lr=1,lr=2")).getMessage());
    }

    @Test
    void unsetKeysTakeTheOptimizersDefaults() {
        RunConfig adagrad = RunConfigParser.parse(Map.of("optimizer", "adagrad"));
        assertEquals(1e-10, adagrad.eps());
        assertEquals(0.01, adagrad.learningRate());
        RunConfig mechanic = RunConfigParser.parse(Map.of("optimizer", "mechanic"));
        assertEquals(1.0, mechanic.learningRate());
        assertEquals(OptimizerKind.GD, mechanic.base());
        assertEquals(MechanicVariant.TORCH, mechanic.variant());
        assertEquals(1e-8, mechanic.mechSInit());
        assertEquals(0.01, mechanic.mechLambda());
        assertEquals(RunConfig.defaults(OptimizerKind.GD), RunConfigParser.parse(Map.of()));
    }

    @Test
    void optaxVariantDefaultsToItsOwnInitialScale() {
        assertEquals(1e-6, RunConfigParser.parseSpec("optimizer=mechanic,variant=optax").mechSInit());
        assertEquals(1e-7, RunConfigParser.parseSpec("variant=optax,mech-s-init=1e-7").mechSInit());
    }

    @Test
    void sgdNamesGradientDescentAsMechanicsBase() {
        assertEquals(OptimizerKind.GD, RunConfigParser.parseSpec("optimizer=mechanic,base=sgd").base());
        assertEquals(OptimizerKind.ADAM, RunConfigParser.parseSpec("optimizer=mechanic,base=adam").base());
    }

    @Test
    void keysAndNamesAreCaseInsensitive() {
        RunConfig cfg = RunConfigParser.parse(Map.of("Optimizer", "NESTEROV", "Schedule", "Exp-Norm"));
        assertEquals(OptimizerKind.NESTEROV, cfg.optimizer());
        assertEquals(ScheduleKind.EXP_NORM, cfg.schedule());
    }

    @Test
    void withChangesOneParameterThroughTheParser() {
        RunConfig cfg = RunConfig.defaults(OptimizerKind.ADAM).withStart(1, 2).withSteps(7).withLearningRate(0.3);
        assertEquals(1.0, cfg.startX());
        assertEquals(7, cfg.steps());
        assertEquals(0.3, cfg.learningRate());
        assertEquals("beta2 must be in [0, 1), got 2",
                assertThrows(IllegalArgumentException.class, () -> cfg.with("beta2", "2")).getMessage());
    }

    @Property(tries = 200)
    void keyValuesRoundTrip(@ForAll("kinds") OptimizerKind kind, @ForAll @DoubleRange(min = 0, max = 10) double lr,
            @ForAll @DoubleRange(min = 0, max = 0.99) double beta1, @ForAll @DoubleRange(min = -1e3, max = 1e3) double x,
            @ForAll @IntRange(min = 0, max = 5000) int steps, @ForAll long seed) {
        RunConfig cfg = RunConfigParser.parseSpec("optimizer=" + kind.cliName() + ",schedule=cosine,variant=paper"
                + ",cost-reg=l1,lr=" + lr + ",beta1=" + beta1 + ",start=" + x + "," + (-x) + ",steps=" + steps
                + ",seed=" + seed);
        assertEquals(cfg, RunConfigParser.parse(cfg.toKeyValues()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<OptimizerKind> kinds() {
        return net.jqwik.api.Arbitraries.of(OptimizerKind.class);
    }
}
