package dev.superlevel.app;

import dev.superlevel.cli.SuperlevelCli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point of {@code superlevel.jar}: with no arguments it opens the desktop app, with a
 * subcommand it runs headless. It deliberately does not extend {@code javafx.application.Application}
 * so the JavaFX launcher works from a plain (non-modular) jar, and so the CLI never loads JavaFX.
 *
 * <p>Without a display (issue 12 item 13) the app is not started: one line on stderr says a display is
 * needed and how to run the CLI instead, and the exit status is 1. It is detected before launching
 * (on Linux and other Unix systems: neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set), and a
 * toolkit that fails to start anyway (no GTK 3, a display that refuses) is caught and reported the same way.
 */
public final class Main {

    /** The exit status when the desktop app cannot start. */
    static final int NO_DISPLAY = 1;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Optional<String> problem = displayProblem(System.getenv(), System.getProperty("os.name", ""));
            if (problem.isPresent()) {
                System.err.println(problem.get());
                System.exit(NO_DISPLAY);
            }
            try {
                DesktopLauncher.launch(args);
            } catch (RuntimeException | LinkageError e) {
                System.err.println(noDisplay("the graphical toolkit did not start: " + firstLine(e)));
                System.exit(NO_DISPLAY);
            }
        } else {
            System.exit(SuperlevelCli.run(args));
        }
    }

    /**
     * Why the desktop app cannot start here, if it visibly cannot: on Linux and the BSDs (not macOS or
     * Windows) a display is named by {@code DISPLAY} (X11) or {@code WAYLAND_DISPLAY}.
     */
    static Optional<String> displayProblem(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean needsVariable = !os.startsWith("windows") && !os.startsWith("mac");
        boolean hasDisplay = !isBlank(environment.get("DISPLAY")) || !isBlank(environment.get("WAYLAND_DISPLAY"));
        return needsVariable && !hasDisplay
                ? Optional.of(noDisplay("neither DISPLAY nor WAYLAND_DISPLAY is set")) : Optional.empty();
    }

    /** The one line printed when the app cannot start. */
    static String noDisplay(String why) {
        return "error: the desktop app needs a graphical display (" + why + "; on Linux it also needs GTK 3,"
                + " package libgtk-3-0); without one, run the command line: java -jar superlevel.jar --help";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
