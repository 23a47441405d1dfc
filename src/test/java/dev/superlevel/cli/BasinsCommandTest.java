package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

class BasinsCommandTest {

    private static final String NL = System.lineSeparator();

    /** With 0 steps every run ends where it starts: the rows show the lattice order itself. */
    @Test
    void rowsFollowTheLatticeXFastest() {
        CliRunner r = CliRunner.run("basins", "--function", "x^2 + y^2", "--domain", "-1,1,-1,1", "--grid", "21",
                "--lattice", "3", "--optimizer", "gd", "--steps", "0");
        assertEquals(0, r.status(), r.err());
        assertEquals("start_x,start_y,end_x,end_y,end_loss,steps,status,basin" + NL
                + "-1.0,-1.0,-1.0,-1.0,2.0,0,not_converged,0" + NL
                + "0.0,-1.0,0.0,-1.0,1.0,0,not_converged,0" + NL
                + "1.0,-1.0,1.0,-1.0,2.0,0,not_converged,0" + NL
                + "-1.0,0.0,-1.0,0.0,1.0,0,not_converged,0" + NL
                + "0.0,0.0,0.0,0.0,0.0,0,converged,0" + NL
                + "1.0,0.0,1.0,0.0,1.0,0,not_converged,0" + NL
                + "-1.0,1.0,-1.0,1.0,2.0,0,not_converged,0" + NL
                + "0.0,1.0,0.0,1.0,1.0,0,not_converged,0" + NL
                + "1.0,1.0,1.0,1.0,2.0,0,not_converged,0" + NL, r.out());
    }

    @Test
    void himmelblauLatticeReachesItsFourBasinsWhateverTheThreadCount() {
        String[] args = {"basins", "--function", "himmelblau", "--grid", "201", "--min-persistence", "1",
            "--lattice", "10", "--optimizer", "gd", "--lr", "0.01", "--steps", "1000", "--threads", "1"};
        CliRunner one = CliRunner.run(args);
        args[args.length - 1] = "2";
        CliRunner two = CliRunner.run(args);
        assertEquals(0, one.status(), one.err());
        assertEquals(one.out(), two.out());
        String[] lines = one.outLines();
        assertEquals(101, lines.length);
        Set<String> basins = Arrays.stream(lines).skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1))
                .collect(Collectors.toSet());
        assertEquals(Set.of("0", "1", "2", "3"), basins);
        assertTrue(Arrays.stream(lines).skip(1).allMatch(l -> l.contains(",converged,")), one.out());
    }

    @Test
    void aRunThatLeavesTheViewHasNoBasin() {
        CliRunner r = CliRunner.run("basins", "--function", "x + y", "--domain", "-1,1,-1,1", "--grid", "9",
                "--lattice", "2", "--optimizer", "gd", "--lr", "1", "--steps", "3");
        assertEquals("-1.0,-1.0,-4.0,-4.0,-8.0,3,left_domain,-1", r.outLines()[1]);
    }

    @Test
    void latticeOfOneIsBadInput() {
        CliRunner r = CliRunner.run("basins", "--function", "x^2", "--lattice", "1", "--optimizer", "gd",
                "--steps", "10");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
        assertEquals("error: --lattice must be between 2 and 1024, got 1" + NL, r.err());
    }

    @Test
    void unknownRunParameterValueIsBadInput() {
        CliRunner r = CliRunner.run("basins", "--function", "x^2", "--lattice", "4", "--optimizer", "gd",
                "--steps", "10", "--schedule", "sometimes");
        assertTrue(r.isBadInputWithOneLine(), r.toString());
    }
}
