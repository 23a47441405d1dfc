package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

class CompareCommandTest {

    private static final String NL = System.lineSeparator();
    private static final String HEADER =
            "optimizer,lr,final_loss,best_loss,steps_to_target,violations,status,best,basin_switches";

    /*
     * gd on x² + y² from (1, 0): x_t = (1 − 2·lr)^t.
     * lr 0.25: loss 0.25^t, final 0.25^10 = 9.5367431640625E-7, first ≤ 1e-3 at t = 5 (0.0009765625).
     * lr 0.5: x_1 = 0, loss 0 from step 1; the best rate. No update raises the loss.
     */
    @Test
    void gdOnABowlByHand() {
        CliRunner r = CliRunner.run("compare", "--function", "x^2 + y^2", "--domain", "-2,2,-2,2", "--grid", "33",
                "--start", "1,0", "--optimizers", "gd", "--lr-sweep", "0.25,0.5,2", "--steps", "10",
                "--target", "1e-3");
        assertEquals(0, r.status(), r.err());
        assertEquals(HEADER + NL
                + "gd,0.25,9.5367431640625E-7,9.5367431640625E-7,5,0,completed,false,0" + NL
                + "gd,0.5,0.0,0.0,1,0,completed,true,0" + NL, r.out());
    }

    /*
     * lr 1.5: x ← −2x, |x| passes 1e6 at step 20 (2^20): rows 0..19 are kept, the loss rises at each of
     * the 19 recorded updates, the final loss is (2^19)² = 2^38, the best is the start's 1; diverged, so
     * never the best rate even though another rate is worse in nothing.
     */
    @Test
    void aDivergedRunIsReportedAndNeverBest() {
        CliRunner r = CliRunner.run("compare", "--function", "x^2 + y^2", "--domain", "-2,2,-2,2", "--grid", "33",
                "--start", "1,0", "--optimizers", "gd", "--lr-sweep", "0.25,1.5,2", "--steps", "30");
        assertEquals(HEADER + NL
                + "gd,0.25," + Math.pow(0.25, 30) + "," + Math.pow(0.25, 30) + ",,0,completed,true,0" + NL
                + "gd,1.5,2.74877906944E11,1.0,,19,diverged,false,0" + NL, r.out());
    }

    @Test
    void eachOptimizerGetsTheWholeSweepAndOneBestRow() {
        CliRunner r = CliRunner.run("compare", "--function", "rosenbrock", "--grid", "64", "--start", "-1.5,2",
                "--optimizers", "gd,momentum,adam", "--lr-sweep", "1e-4,1e-2,3", "--steps", "200");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.outLines();
        assertEquals(10, lines.length, r.out());
        for (String name : new String[] {"gd", "momentum", "adam"}) {
            long rows = Arrays.stream(lines).filter(l -> l.startsWith(name + ",")).count();
            long best = Arrays.stream(lines).filter(l -> l.startsWith(name + ",") && l.contains(",true,")).count();
            assertEquals(3, rows, r.out());
            assertEquals(1, best, r.out());
        }
    }

    /** Two wells at x = ±1; gd with lr 0.3 from (0.1, 0) overshoots: a basin switch is counted. */
    @Test
    void basinSwitchesAreCountedAlongThePath() {
        // (x² − 1)² has ∇ = 4x(x² − 1); from x = 0.6, lr 0.45: 0.6 − 0.45·4·0.6·(0.36 − 1) = 1.2912 (right
        // well), then 1.2912 − 0.45·4·1.2912·(1.6672 − 1) = −0.2595…: back to the left well at x < 0.
        CliRunner r = CliRunner.run("compare", "--function", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,-1,1",
                "--grid", "401", "--start", "0.6,0", "--optimizers", "gd", "--lr-sweep", "0.45,0.45,1",
                "--steps", "2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.outLines()[1].endsWith(",1"), r.out());
    }

    /** The same overshoot with the right well folded away (its persistence is 1): no switch left to count. */
    @Test
    void foldedBasinsDoNotCountAsSwitches() {
        CliRunner r = CliRunner.run("compare", "--function", "(x^2 - 1)^2 + y^2", "--domain", "-2,2,-1,1",
                "--grid", "401", "--start", "0.6,0", "--optimizers", "gd", "--lr-sweep", "0.45,0.45,1",
                "--steps", "2", "--min-persistence", "1.5");
        assertTrue(r.outLines()[1].endsWith(",0"), r.out());
    }

    @Test
    void badSweepIsBadInput() {
        CliRunner r = CliRunner.run("compare", "--function", "x^2", "--start", "1,0", "--optimizers", "gd",
                "--lr-sweep", "0.1,0.01,3");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: --lr-sweep: learning-rate sweep needs 0 < MIN <= MAX, got 0.1,0.01" + NL, r.err());
    }

    @Test
    void unknownOptimizerIsBadInput() {
        CliRunner r = CliRunner.run("compare", "--function", "x^2", "--start", "1,0", "--optimizers", "gd,lbfgs",
                "--lr-sweep", "0.1,1,3");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertTrue(r.err().startsWith("error: --optimizers: "), r.err());
    }
}
