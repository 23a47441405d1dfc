package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

class SuperlevelCliTest {

    private static final List<String> COMMANDS = List.of("eval", "components", "betti", "persistence",
            "trajectory", "render", "summary", "basins", "compare", "sample");

    @Test
    void rootHelpListsEveryCommand() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.status());
        for (String command : COMMANDS) {
            assertTrue(r.out().contains("  " + command + " ") || r.out().contains("  " + command + "\n"),
                    "root help does not list " + command + ":\n" + r.out());
        }
    }

    @Test
    void rootHelpListsTheCommandsInTheirOrder() {
        String out = CliRunner.run("--help").out();
        int at = -1;
        for (String command : COMMANDS) {
            int next = out.indexOf("  " + command + " ");
            assertTrue(next > at, command + " is not listed after the previous command:\n" + out);
            at = next;
        }
    }

    @Test
    void aRunBuildsTheModelOfItsOwnCommandOnlyAndTheTopLevelOfAll() {
        assertEquals(List.of("betti"), List.copyOf(SuperlevelCli.commandLine("betti", "--function", "x").getSubcommands().keySet()));
        assertEquals(COMMANDS, List.copyOf(SuperlevelCli.commandLine("--help").getSubcommands().keySet()));
        assertEquals(COMMANDS, List.copyOf(SuperlevelCli.commandLine("bettti").getSubcommands().keySet()));
        assertEquals(COMMANDS, List.copyOf(SuperlevelCli.commandLine().getSubcommands().keySet()));
        // the run parameters the three run commands add to their own options
        assertTrue(SuperlevelCli.commandLine("trajectory").getSubcommands().get("trajectory").getCommandSpec()
                .findOption("--lr") != null);
    }

    @Test
    void anUnknownCommandIsStillABadInputError() {
        CliRunner r = CliRunner.run("bettti", "--function", "x");
        assertEquals(SuperlevelCli.BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "components", "betti", "persistence", "trajectory"})
    void everyCommandHasHelpWithExamples(String command) {
        CliRunner r = CliRunner.run(command, "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Examples:") && r.out().contains("superlevel " + command + " --function"),
                r.out());
        assertTrue(r.out().contains("--function=F") && r.out().contains("--grid=N"), r.out());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.status());
        assertEquals("superlevel 0.1.0", r.out().strip());
    }

    @Test
    void sampleIsViewedInItsOwnDomainByDefault() throws Exception {
        CliRunner r = CliRunner.run("components", "--function", "rosenbrock", "--lambda", "300", "--grid", "16");
        assertEquals("[-2.0,2.0,-1.0,3.0]", new ObjectMapper().readTree(r.out()).get("domain").toString());
    }

    @Test
    void expressionIsViewedInTheDefaultDomain() throws Exception {
        CliRunner r = CliRunner.run("components", "--function", "x", "--lambda", "0", "--grid", "16");
        assertEquals("[-5.0,5.0,-5.0,5.0]", new ObjectMapper().readTree(r.out()).get("domain").toString());
    }

    @Test
    void domainOptionOverridesTheSamplesDomain() throws Exception {
        CliRunner r = CliRunner.run("components", "--function", "rosenbrock", "--lambda", "300", "--grid", "16",
                "--domain", "-1,1,-1,1");
        assertEquals("[-1.0,1.0,-1.0,1.0]", new ObjectMapper().readTree(r.out()).get("domain").toString());
    }

    @Test
    void oneLineFoldsMultiLineMessages() {
        assertEquals("error: a b c", SuperlevelCli.oneLine("error: a\n  b\r\nc\n"));
    }
}
