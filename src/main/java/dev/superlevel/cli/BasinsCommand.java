package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinOutcome;
import dev.superlevel.core.analysis.BasinRunner;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code basins}: basins of attraction of one run configuration (SPEC §3.1), see {@link BasinRunner}.
 * Basin ids are the sub-level merge tree's ({@code summary} prints the same ids), computed on the
 * {@code --grid} sampling of the view.
 */
@Command(name = "basins", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one optimizer configuration from every start of an M x M lattice over the view "
                + "(inclusive endpoints, x fastest: row k = j*M + i) and print where each run ends, as CSV:",
            "  start_x,start_y,end_x,end_y,end_loss,steps,status,basin",
            "status: converged (|grad L| <= --tolerance at the end), not_converged, diverged (stopped early), "
                + "left_domain (ended outside the view). basin: the id of the sub-level minimum (merge-tree "
                + "branch, as in 'summary') whose basin holds the end point's nearest grid node, -1 for none "
                + "(diverged or left_domain). The same CSV for any --threads."},
        footer = {"", "Examples:",
            "  superlevel basins --function himmelblau --lattice 64 --optimizer gd --lr 0.01 --steps 1000",
            "  superlevel basins --function rastrigin --lattice 32 --optimizer gd --lr 0.002 --schedule exp-norm "
                + "--decay 0.001 --steps 1000 --out exp-norm.csv"})
public final class BasinsCommand implements Callable<Integer> {

    /** Run keys with their own options here; the others are added as string flags. */
    static final List<String> OWN_KEYS = List.of("optimizer", "start", "steps");

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--lattice", paramLabel = "M", required = true,
            description = "Starts per side, 2.." + Lattice.MAX_SIDE + ".")
    int lattice;

    @Option(names = "--optimizer", paramLabel = "NAME", required = true,
            description = "gd, momentum, nesterov, adam, adamw, rmsprop, adagrad or mechanic.")
    String optimizer;

    @Option(names = "--steps", paramLabel = "N", required = true, description = "Updates per run.")
    String steps;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-3", converter = Converters.FiniteDouble.class,
            description = "A run has converged when |grad L| at its end is at most T (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--connectivity", paramLabel = "4|8|contour", defaultValue = "contour",
            converter = Converters.ConnectivityConverter.class,
            description = "Connectivity of the merge tree (default: ${DEFAULT-VALUE}).")
    Connectivity connectivity;

    @Option(names = "--min-persistence", paramLabel = "P", defaultValue = "0", converter = Converters.FiniteDouble.class,
            description = "Basins with persistence below P fold into the one they merge into (default: ${DEFAULT-VALUE}).")
    double minPersistence;

    @Option(names = "--threads", paramLabel = "K", defaultValue = "0",
            description = "Worker threads (default: 0 = one per core).")
    int threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        Diagrams.checkMinPersistence(minPersistence);
        if (lattice < 2 || lattice > Lattice.MAX_SIDE) {
            throw new IllegalArgumentException("--lattice must be between 2 and " + Lattice.MAX_SIDE + ", got "
                    + lattice);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("--tolerance must be at least 0, got " + tolerance);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be at least 0, got " + threads);
        }
        ResolvedLoss resolved = function.resolve();
        GridSpec grid = function.gridSpec(resolved);
        SampledField field = function.sample(resolved); // a surface file: its own grid and stored values
        MergeTree tree = MergeTree.sublevel(field, connectivity, minPersistence, Cancellation.NONE);
        RunConfig config = RunConfigParser.parse(runParameters(grid));
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        BasinMap map = BasinRunner.run(resolved.loss(), config, new Lattice(grid.domain(), lattice), tree, tolerance,
                workers, Cancellation.NONE, k -> { });
        if (out == null) {
            write(map, spec.commandLine().getOut());
        } else {
            TextFiles.writeAtomically(out, sink -> write(map, sink));
        }
        return 0;
    }

    private Map<String, String> runParameters(GridSpec grid) {
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("optimizer", optimizer);
        kv.put("start", grid.domain().xmin() + "," + grid.domain().ymin());  // replaced per lattice start
        kv.put("steps", steps);
        kv.putAll(TrajectoryCommand.givenRunParameters(spec, OWN_KEYS));
        return kv;
    }

    /** The CSV of SPEC §3.1. */
    static void write(BasinMap map, Appendable sink) {
        try {
            sink.append("start_x,start_y,end_x,end_y,end_loss,steps,status,basin\n");
            for (BasinOutcome o : map.outcomes()) {
                sink.append(o.startX() + "," + o.startY() + "," + o.endX() + "," + o.endY() + "," + o.endLoss() + ","
                        + o.steps() + "," + o.status().label() + "," + o.basin() + "\n");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }
}
