package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line path never loads JavaFX: a subcommand runs in a child JVM with {@code -verbose:class}
 * (the JVM's own log of every class it loads) through the real entry point {@code dev.superlevel.app.Main},
 * and the log has no {@code javafx.} class.
 */
class CliClassLoadingTest {

    @TempDir
    Path dir;

    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.superlevel.app.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    @Test
    void evalLoadsNoJavaFxNorAwtClass() throws Exception {
        List<String> log = loadedClasses("eval", "--function", "x^2 + y", "--at", "1,2");
        assertTrue(log.stream().anyMatch(l -> l.contains("dev.superlevel.cli.EvalCommand")), "the log lists classes");
        assertEquals(List.of(), log.stream().filter(l -> l.contains(" javafx.")).toList());
        assertEquals(List.of(), log.stream().filter(l -> l.contains(" java.awt.")).toList());
    }

    @Test
    void renderingAVectorFigureLoadsNoJavaFxClass() throws Exception {
        Path svg = dir.resolve("f.svg");
        List<String> log = loadedClasses("render", "--function", "x*y", "--lambda", "0", "--grid", "16",
                "--size", "200x160", "--out", svg.toString());
        assertTrue(Files.size(svg) > 0);
        assertEquals(List.of(), log.stream().filter(l -> l.contains(" javafx.")).toList());
    }
}
