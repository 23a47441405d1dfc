package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.LandscapeSummary;
import dev.superlevel.core.topology.MergeTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code summary}: the landscape's topology in one JSON line (SPEC §3.1), see {@link LandscapeSummary}. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Summarise the topology of the sampled landscape in one JSON line:",
            "  grid              [nx,ny]",
            "  minima, maxima    how many sub-level / super-level persistence pairs have persistence >= P "
                + "(the essential pair included)",
            "  mean_persistence  mean of death - birth over the finite sub-level pairs counted (NaN if none)",
            "  max_persistence   the largest of them (NaN if none)",
            "  basins            one object per counted minimum, a branch of the sub-level merge tree, in "
                + "birth order (ids are stable: lowest minimum first, ties by sample index): id, value, "
                + "location [x,y], persistence (Infinity for the global one), death, size (samples whose "
                + "basin it is, at their own level), parent (the basin it merges into, -1 for none)"},
        footer = {"", "Examples:",
            "  superlevel summary --function himmelblau --min-persistence 1",
            "  superlevel summary --function rastrigin --grid 257 --connectivity 4"})
public final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--connectivity", paramLabel = "4|8|contour", defaultValue = "contour",
            converter = Converters.ConnectivityConverter.class,
            description = "Neighbourhood of a grid sample (default: ${DEFAULT-VALUE}).")
    Connectivity connectivity;

    @Option(names = "--min-persistence", paramLabel = "P", defaultValue = "0",
            converter = Converters.FiniteDouble.class,
            description = "Count only pairs with persistence at least P; shorter basins fold into the one "
                    + "they merge into (default: ${DEFAULT-VALUE}).")
    double minPersistence;

    @Override
    public Integer call() {
        Diagrams.checkMinPersistence(minPersistence);
        ResolvedLoss resolved = function.resolve();
        SampledField field = function.sample(resolved); // a surface file: its own grid and stored values
        if (field.undefinedCount() == field.spec().size()) {
            throw new IllegalArgumentException("summary: L is undefined at every sample of the grid");
        }
        LandscapeSummary s = LandscapeSummary.of(field, connectivity, minPersistence, Cancellation.NONE);
        spec.commandLine().getOut().println(json(s));
        return 0;
    }

    static String json(LandscapeSummary s) {
        List<String> basins = new ArrayList<>();
        for (MergeTree.Branch b : s.basins().branches()) {
            basins.add(new Json().integer("id", b.id()).number("value", b.birth()).numbers("location", b.x(), b.y())
                    .number("persistence", b.persistence()).number("death", b.death()).integer("size", b.size())
                    .integer("parent", b.parent()).close());
        }
        int[] grid = s.grid();
        return new Json().raw("grid", "[" + grid[0] + "," + grid[1] + "]")
                .string("connectivity", s.basins().connectivity().label())
                .number("min_persistence", s.basins().minPersistence())
                .integer("minima", s.minima()).integer("maxima", s.maxima())
                .number("mean_persistence", s.meanPersistence()).number("max_persistence", s.maxPersistence())
                .raw("basins", Json.arrayOf(basins)).close();
    }
}
