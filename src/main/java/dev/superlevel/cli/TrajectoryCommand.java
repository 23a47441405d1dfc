package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.expr.ParseException;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import dev.superlevel.io.function.PlanePoint;
import dev.superlevel.io.trajectory.TrajectoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code trajectory}: runs an optimizer and prints its CSV (SPEC §3). Every key of
 * {@link RunConfigParser#KEYS} is a {@code --key VALUE} flag, registered by
 * {@link #addRunParameterOptions}, so the CLI and run specs read parameters the same way.
 *
 * <p>A diverged run is a valid result: its rows up to the divergence are written, the status line
 * ("diverged at step 37: loss is Infinity") goes to stderr, and the exit status is 0.
 */
@Command(name = "trajectory", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run an optimizer from a start point and print its trajectory as CSV, one row per "
                + "iterate (row 0 = the start):",
            "  " + TrajectoryCsv.HEADER,
            "A diverged run still prints its rows; a note goes to stderr and the exit status is 0.",
            "Unset hyper-parameters take the defaults of SPEC section 1."},
        footer = {"", "Examples:",
            "  superlevel trajectory --function rosenbrock --optimizer adam --lr 0.05 --start -1.5,2 --steps 300",
            "  superlevel trajectory --function quadratic --optimizer gd --lr 0.1 --schedule exponential "
                + "--decay 0.01 --start 4,2 --steps 100 --out gd.csv",
            "  superlevel trajectory --function himmelblau --optimizer mechanic --base adam --steps 200"})
public final class TrajectoryCommand implements Callable<Integer> {

    /** Keys with their own typed options (or none), not added as plain string flags. */
    private static final List<String> OWN_KEYS = List.of("optimizer", "start", "steps");
    private static final Map<String, String> DESCRIPTIONS = descriptions();

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--optimizer", paramLabel = "NAME", required = true,
            description = "gd, momentum, nesterov, adam, adamw, rmsprop, adagrad or mechanic.")
    String optimizer;

    @Option(names = "--start", paramLabel = "X,Y", converter = Converters.Point.class,
            description = "The start point (default: the sample's suggested start).")
    PlanePoint start;

    @Option(names = "--steps", paramLabel = "N", description = "The number of updates (default: 500).")
    String steps;

    @Option(names = "--lyapunov", paramLabel = "V",
            description = "An expression in x and y used as the Lyapunov function V of the dv_dt column "
                    + "(default: V = L).")
    String lyapunov;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    Path out;

    /** Adds a {@code --key VALUE} string option for every run parameter not declared above. */
    static void addRunParameterOptions(CommandSpec command) {
        addRunParameterOptions(command, OWN_KEYS);
    }

    /** Adds a {@code --key VALUE} string option for every run parameter but {@code ownKeys} (basins, compare). */
    static void addRunParameterOptions(CommandSpec command, List<String> ownKeys) {
        for (String key : RunConfigParser.KEYS) {
            if (!ownKeys.contains(key)) {
                command.addOption(OptionSpec.builder("--" + key).paramLabel("VALUE").type(String.class)
                        .description(DESCRIPTIONS.getOrDefault(key, "Run parameter '" + key + "'.")).build());
            }
        }
    }

    @Override
    public Integer call() {
        ResolvedLoss resolved = function.resolve();
        RunConfig config = RunConfigParser.parse(runParameters(resolved));
        LossFunction v = lyapunov == null ? resolved.loss() : compileLyapunov();
        Trajectory trajectory = TrajectoryRunner.run(resolved.loss(), v, config, Cancellation.NONE);
        if (out == null) {
            TrajectoryCsv.write(trajectory, spec.commandLine().getOut());
        } else {
            TextFiles.writeAtomically(out, sink -> TrajectoryCsv.write(trajectory, sink));
        }
        if (trajectory.status() != RunStatus.COMPLETED) {
            spec.commandLine().getErr().println("note: " + trajectory.statusMessage());
        }
        return 0;
    }

    /** Every given flag as key → text, exactly as {@link RunConfigParser#parse} reads them. */
    private Map<String, String> runParameters(ResolvedLoss resolved) {
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("optimizer", optimizer);
        PlanePoint s = start != null ? start : resolved.definition().start().orElseThrow(
                () -> new IllegalArgumentException("missing --start X,Y (the function suggests none)"));
        kv.put("start", s.x() + "," + s.y());
        if (steps != null) {
            kv.put("steps", steps);
        }
        kv.putAll(givenRunParameters(spec, OWN_KEYS));
        return kv;
    }

    /** The run-parameter flags given on the command line, but {@code ownKeys}, as key → text. */
    static Map<String, String> givenRunParameters(CommandSpec spec, List<String> ownKeys) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String key : RunConfigParser.KEYS) {
            OptionSpec option = spec.findOption("--" + key);
            if (!ownKeys.contains(key) && option != null && option.getValue() != null) {
                kv.put(key, option.getValue());
            }
        }
        return kv;
    }

    private LossFunction compileLyapunov() {
        try {
            return ExpressionCompiler.compile(lyapunov);
        } catch (ParseException e) {
            throw new IllegalArgumentException("--lyapunov: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("lr", "Base learning rate alpha0 (default: 0.01 for gd/momentum/nesterov, 1e-3 adam/adamw, "
                + "1e-2 rmsprop/adagrad, 1.0 for mechanic).");
        d.put("schedule", "constant, exponential, norm, exp-norm, step or cosine (default: constant).");
        d.put("decay", "beta of the exponential schedule alpha0*exp(-beta*t) (default: 0.01).");
        d.put("momentum", "mu of momentum/nesterov (default: 0.9).");
        d.put("dampening", "Momentum dampening (default: 0).");
        d.put("beta1", "Adam beta1 (default: 0.9).");
        d.put("beta2", "Adam beta2 (default: 0.999).");
        d.put("eps", "Adam/rmsprop/adagrad epsilon (default: 1e-8; adagrad 1e-10).");
        d.put("weight-decay", "AdamW weight decay (default: 0.01).");
        d.put("alpha", "RMSprop smoothing alpha (default: 0.99).");
        d.put("lr-decay", "Adagrad lr_decay (default: 0).");
        d.put("base", "Mechanic's base optimizer: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad "
                + "(default: sgd).");
        d.put("variant", "Mechanic variant: torch, optax or paper (default: torch).");
        d.put("mech-lambda", "Mechanic lambda (default: 0.01).");
        d.put("mech-s-init", "Mechanic s_init (default: the variant's, 1e-8 for torch).");
        d.put("mech-eps", "Mechanic epsilon (default: 1e-8).");
        d.put("step-gamma", "Step schedule factor (default: 0.5).");
        d.put("step-every", "Step schedule period in updates (default: 100).");
        d.put("cosine-horizon", "Cosine schedule horizon in updates (default: 0 = the whole run).");
        d.put("cosine-floor", "Cosine schedule floor as a fraction of alpha0 (default: 0).");
        d.put("cost-kappa", "kappa of gamma(t) = 1 + kappa*exp(-delta*t) (default: 0, plain cost).");
        d.put("cost-delta", "delta of gamma(t) (default: 0.01).");
        d.put("cost-reg", "Regulariser of the cost: none, l1 or l2 (default: none).");
        d.put("cost-reg-lambda", "lambda_reg of the cost (default: 0).");
        d.put("noise", "sigma of Gaussian gradient noise per coordinate (default: 0, off).");
        d.put("seed", "Seed of the gradient noise (default: 0).");
        return d;
    }
}
