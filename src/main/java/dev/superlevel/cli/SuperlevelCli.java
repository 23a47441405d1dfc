package dev.superlevel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line (SPEC §3). Exit status 0 on success, 2 on bad input. */
@Command(name = "superlevel", mixinStandardHelpOptions = true, version = "superlevel 0.1.0",
        description = "Super-level sets, persistence and optimizer trajectories of 2-D loss landscapes.")
public final class SuperlevelCli implements Runnable {

    /** Runs the CLI and returns the process exit status. */
    public static int run(String... args) {
        return new CommandLine(new SuperlevelCli()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
