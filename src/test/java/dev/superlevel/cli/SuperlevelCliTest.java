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
            "trajectory", "render");

    @Test
    void rootHelpListsEveryCommand() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.status());
        for (String command : COMMANDS) {
            assertTrue(r.out().contains("  " + command + " ") || r.out().contains("  " + command + "\n"),
                    "root help does not list " + command + ":\n" + r.out());
        }
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
