package dev.superlevel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

/** Issue 12 item 13: no display → one line saying so and how to run the CLI, before JavaFX is touched. */
class MainTest {

    @Test
    void linuxWithoutDisplayVariablesIsDetectedBeforeLaunching() {
        Optional<String> problem = Main.displayProblem(Map.of("HOME", "/root"), "Linux");
        assertEquals(Optional.of("error: the desktop app needs a graphical display (neither DISPLAY nor"
                + " WAYLAND_DISPLAY is set; on Linux it also needs GTK 3, package libgtk-3-0); without one, run the"
                + " command line: java -jar superlevel.jar --help"), problem);
        assertEquals(1, problem.get().lines().count());
    }

    @Test
    void eitherDisplayVariableIsEnough() {
        assertEquals(Optional.empty(), Main.displayProblem(Map.of("DISPLAY", ":0"), "Linux"));
        assertEquals(Optional.empty(), Main.displayProblem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
        assertTrue(Main.displayProblem(Map.of("DISPLAY", " "), "FreeBSD").isPresent());
    }

    @Test
    void windowsAndMacNeedNoVariable() {
        assertEquals(Optional.empty(), Main.displayProblem(Map.of(), "Windows 11"));
        assertEquals(Optional.empty(), Main.displayProblem(Map.of(), "Mac OS X"));
    }

    @Test
    void aToolkitFailureIsOneLineToo() {
        assertEquals(1, Main.noDisplay("the graphical toolkit did not start: Unable to open DISPLAY").lines().count());
    }

    @Test
    void theJarEntryWithoutDisplayPrintsOneLineAndNoTrace() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Main.NO_DISPLAY, p.exitValue());
        assertEquals(Main.displayProblem(Map.of(), "Linux").orElseThrow() + System.lineSeparator(), err);
        assertEquals(0, p.getInputStream().readAllBytes().length);
    }
}
