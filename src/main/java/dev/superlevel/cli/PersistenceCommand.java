package dev.superlevel.cli;

import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistencePair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code persistence}: the 0-dimensional persistence pairs of the sampled landscape (SPEC §2, §3),
 * oldest first, so the essential pair (death −∞, or +∞ in sub-level mode) is the first row.
 */
@Command(name = "persistence", mixinStandardHelpOptions = true,
        description = {"Print the 0-dimensional persistence diagram as CSV, one pair a line, oldest "
                + "component first:",
            "  birth,death",
            "Super-level mode: birth = a peak's value, death = the level where it merges into an older "
                + "component; the oldest never dies (death -Infinity). With --sublevel births are minima "
                + "and the essential death is Infinity. Pairs with birth = death are not listed."},
        footer = {"", "Examples:",
            "  superlevel persistence --function peaks",
            "  superlevel persistence --function himmelblau --sublevel --min-persistence 1"})
public final class PersistenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Mixin
    TopologyOptions topology;

    @Option(names = "--min-persistence", paramLabel = "P", defaultValue = "0",
            converter = Converters.FiniteDouble.class,
            description = "List only pairs whose persistence |birth - death| is at least P "
                    + "(default: ${DEFAULT-VALUE}); the essential pair is always listed.")
    double minPersistence;

    @Override
    public Integer call() {
        Diagrams.checkMinPersistence(minPersistence);
        PersistenceDiagram diagram = Diagrams.of(function, topology);
        PrintWriter out = spec.commandLine().getOut();
        out.println("birth,death");
        for (PersistencePair pair : diagram.pairs()) {
            if (pair.isEssential() || pair.persistence() >= minPersistence) {
                out.println(pair.birth() + "," + pair.death());
            }
        }
        return 0;
    }
}
