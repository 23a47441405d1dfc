package dev.superlevel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The headless command line (SPEC §3). Exit status 0 on success, 2 on bad input of any kind (a
 * picocli parameter error, a malformed expression or function file, a bad number or domain, an
 * unwritable output file): then stderr holds exactly one line, {@code error: <what is wrong>}, and no
 * stack trace. A bug (any other exception) exits with 1. picocli's {@code @FILE} argument expansion is
 * off: an argument starting with {@code @} is taken literally.
 */
@Command(name = "superlevel", mixinStandardHelpOptions = true, version = "superlevel 0.1.0",
        description = "Super-level sets, persistence and optimizer trajectories of 2-D loss landscapes.",
        footer = {"", "With no arguments, superlevel opens the desktop app.",
            "Run 'superlevel COMMAND --help' for a command's options and examples."})
public final class SuperlevelCli implements Runnable {

    /** The exit status of bad input (SPEC §3). */
    public static final int BAD_INPUT = 2;
    /** The exit status of an internal error (a bug). */
    public static final int INTERNAL_ERROR = 1;

    /**
     * The subcommands, in the order the help lists them. Each is added by {@link #commandLine}, not by the
     * annotation, so that a run builds the model (annotations read by reflection) of its own subcommand only.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(EvalCommand.class, ComponentsCommand.class,
            BettiCommand.class, PersistenceCommand.class, TrajectoryCommand.class, RenderCommand.class,
            SummaryCommand.class, BasinsCommand.class, CompareCommand.class, SampleCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the CLI on the process's stdout and stderr and returns the exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the CLI writing to the given streams (tests capture them) and returns the exit status. Both
     * writers are flushed before returning.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(args);
        // issue 12: '@FILE' arguments would be read from any path, /dev/zero included; arguments are literal
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(SuperlevelCli::onParameterError);
        commandLine.setExecutionExceptionHandler(SuperlevelCli::onExecutionError);
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError e) {
            // the parsers bound nesting depth; this is the last guard against input too deep to process
            err.println("error: the input is nested too deeply to process");
            return BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line for {@code args}: with the one subcommand {@code args[0]} names, or with all of them
     * when it names none (the top level's help, version and errors list them all). Building a subcommand's
     * model costs 10–30 ms of reflection in a fresh JVM, which every run paid for all ten.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new SuperlevelCli());
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(commandLine::addSubcommand);
        Map<String, CommandLine> added = commandLine.getSubcommands();
        if (added.containsKey("trajectory")) {
            TrajectoryCommand.addRunParameterOptions(added.get("trajectory").getCommandSpec());
        }
        if (added.containsKey("basins")) {
            TrajectoryCommand.addRunParameterOptions(added.get("basins").getCommandSpec(), BasinsCommand.OWN_KEYS);
        }
        if (added.containsKey("compare")) {
            TrajectoryCommand.addRunParameterOptions(added.get("compare").getCommandSpec(), CompareCommand.OWN_KEYS);
        }
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        String help = failed.getCommandSpec().qualifiedName(" ") + " --help";
        failed.getErr().println(oneLine("error: " + e.getMessage() + " (see '" + help + "')"));
        return BAD_INPUT;
    }

    private static int onExecutionError(Exception e, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
            err.println(oneLine("error: " + e.getMessage()));
            return BAD_INPUT;
        }
        err.println(oneLine("internal error: " + e));
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    /** Folds a message onto one line: a script reads exactly one line of stderr. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
