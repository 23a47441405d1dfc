package dev.superlevel.app;

import dev.superlevel.io.function.FunctionLibrary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, on a background thread, the classes the desktop app needs for its first screen, while the FX
 * toolkit starts and the main window is built (issue 11 item 19): JavaFX controls and their skins,
 * Superlevel's views, JFreeChart, Janino. The FX thread then finds most of them already loaded instead of
 * reading, parsing and defining each one itself; if it gets to a class first, the preloader waits for it
 * (the JVM loads a class once) and moves on. Before the classes, it reads the bundled sample functions
 * ({@link FunctionLibrary#samples()}, parsed once per process), the first thing the window needs.
 *
 * <p>The classes are named, in the order the app first loads them (the main window's, then the side
 * columns' built right after its first frame), by the resource
 * {@value #LIST} (one binary name a line; {@code #} starts a comment), written by
 * {@code dist/measure/preload-classes.sh} from {@code -Xlog:class+load} of a launch; a name that no longer
 * exists is skipped. Classes are loaded, not initialised: no static initialiser runs off its usual
 * thread. Nothing is preloaded for the command line, which never calls this.
 */
public final class ClassPreloader {

    /** The resource with the class names, next to this class. */
    static final String LIST = "preload-classes.txt";

    private ClassPreloader() {
    }

    /**
     * Starts the preloading daemon thread unless the system property {@code superlevel.preload} is
     * {@code false}. On by default: on the idle 2-core machine it brought the main window from 1.44× to 1.36×
     * the bare JavaFX window's launch time (median of 7 alternating rounds, README, Start-up); with both
     * cores busy (load average 16–18) it made it later, since it can only help with a core to spare.
     */
    public static void start() {
        if ("false".equals(System.getProperty("superlevel.preload"))) {
            return;
        }
        Thread t = new Thread(() -> {
            FunctionLibrary.samples();  // read once and kept: the window's first need, parsed here meanwhile
            load(names());
        }, "superlevel-class-preloader");
        t.setDaemon(true);
        t.start();
    }

    /** Loads (without initialising) each class named; returns how many were found. */
    static int load(List<String> names) {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        int found = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                found++;
            } catch (ClassNotFoundException | LinkageError e) {
                // renamed or removed since the list was written: the app loads what it needs anyway
            }
        }
        return found;
    }

    /** The class names of {@value #LIST}, in order; empty if the resource is missing. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
