package dev.superlevel.app;

import dev.superlevel.cli.SuperlevelCli;

/**
 * The one entry point of {@code superlevel.jar}: with no arguments it opens the desktop app, with a
 * subcommand it runs headless. It deliberately does not extend {@code javafx.application.Application}
 * so the JavaFX launcher works from a plain (non-modular) jar, and so the CLI never loads JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
        } else {
            System.exit(SuperlevelCli.run(args));
        }
    }
}
