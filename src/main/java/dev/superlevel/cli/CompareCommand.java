package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.Comparison;
import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.analysis.LearningRateSweep;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.io.analysis.ComparisonCsv;
import dev.superlevel.io.function.PlanePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code compare}: a fair comparison of optimizers over a learning-rate sweep (SPEC §3.1), see {@link Comparison}. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run each optimizer from the same start for the same number of steps at K learning rates "
                + "log-spaced from MIN to MAX (inclusive) and print one CSV row per (optimizer, rate):",
            "  optimizer,lr,final_loss,best_loss,steps_to_target,violations,status,best,basin_switches",
            "steps_to_target: the first step whose loss is <= --target (empty if never or no target); "
                + "violations: updates that raised the loss; status: completed or diverged; best: true on each "
                + "optimizer's completed row with the lowest final loss (ties: the smaller rate); "
                + "basin_switches (after the SPEC's columns): how often the iterate changes sub-level basin "
                + "(merge-tree branch, as in 'summary' and 'basins'). Other hyper-parameters keep each "
                + "optimizer's defaults unless given."},
        footer = {"", "Examples:",
            "  superlevel compare --function rosenbrock --start -1.5,2 --optimizers gd,momentum,adam "
                + "--lr-sweep 1e-4,1e-1,7 --steps 1000 --target 1e-3"})
public final class CompareCommand implements Callable<Integer> {

    /** Run keys with their own options here (or swept); the others are added as string flags. */
    static final List<String> OWN_KEYS = List.of("optimizer", "start", "steps", "lr");

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--start", paramLabel = "X,Y", converter = Converters.Point.class,
            description = "The common start point (default: the sample's suggested start).")
    PlanePoint start;

    @Option(names = "--optimizers", paramLabel = "A,B,...", required = true, split = ",",
            description = "Optimizers to compare, e.g. gd,momentum,adam.")
    List<String> optimizers;

    @Option(names = "--lr-sweep", paramLabel = "MIN,MAX,K", required = true,
            description = "K learning rates log-spaced from MIN to MAX inclusive.")
    String sweep;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "500", description = "Updates per run "
            + "(default: ${DEFAULT-VALUE}).")
    String steps;

    @Option(names = "--target", paramLabel = "EPS", converter = Converters.FiniteDouble.class,
            description = "Report the first step whose loss is at most EPS.")
    Double target;

    @Option(names = "--connectivity", paramLabel = "4|8|contour", defaultValue = "contour",
            converter = Converters.ConnectivityConverter.class,
            description = "Connectivity of the merge tree naming the basins (default: ${DEFAULT-VALUE}).")
    Connectivity connectivity;

    @Option(names = "--min-persistence", paramLabel = "P", defaultValue = "0", converter = Converters.FiniteDouble.class,
            description = "Basins with persistence below P fold into the one they merge into, so grid-noise minima "
                    + "along a flat valley do not count as switches (default: ${DEFAULT-VALUE}).")
    double minPersistence;

    @Override
    public Integer call() {
        Diagrams.checkMinPersistence(minPersistence);
        double[] rates = rates();
        List<OptimizerKind> kinds = new ArrayList<>();
        for (String name : optimizers) {
            kinds.add(parseOptimizer(name));
        }
        ResolvedLoss resolved = function.resolve();
        PlanePoint s = start != null ? start : resolved.definition().start().orElseThrow(
                () -> new IllegalArgumentException("missing --start X,Y (the function suggests none)"));
        Map<String, String> shared = TrajectoryCommand.givenRunParameters(spec, OWN_KEYS);
        Comparison.Configs configs = (kind, lr) -> {
            Map<String, String> kv = new LinkedHashMap<>(shared);
            kv.put("optimizer", kind.cliName());
            kv.put("lr", Double.toString(lr));
            kv.put("start", s.x() + "," + s.y());
            kv.put("steps", steps);
            return RunConfigParser.parse(kv);
        };
        configs.of(kinds.get(0), rates[0]);  // bad flags fail here, before any run
        var field = GridSampler.sample(resolved.loss(), function.gridSpec(resolved.definition()));
        MergeTree tree = MergeTree.sublevel(field, connectivity, minPersistence, Cancellation.NONE);
        List<ComparisonRow> rows = Comparison.run(resolved.loss(), configs, kinds, rates,
                target == null ? Double.NaN : target, tree, Cancellation.NONE);
        write(rows, spec.commandLine().getOut());
        return 0;
    }

    private double[] rates() {
        String[] parts = sweep.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("--lr-sweep must be MIN,MAX,K, got '" + sweep + "'");
        }
        int count;
        try {
            count = Integer.parseInt(parts[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--lr-sweep: K must be a whole number, got '" + parts[2].trim() + "'");
        }
        try {
            return LearningRateSweep.logSpaced(Converters.finite(parts[0].trim()), Converters.finite(parts[1].trim()),
                    count);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--lr-sweep: " + e.getMessage(), e);
        }
    }

    private static OptimizerKind parseOptimizer(String name) {
        try {
            return OptimizerKind.parse(name.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--optimizers: " + e.getMessage(), e);
        }
    }

    static void write(List<ComparisonRow> rows, PrintWriter out) {
        out.print(ComparisonCsv.text(rows, System.lineSeparator()));
    }
}
