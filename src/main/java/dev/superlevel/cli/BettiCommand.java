package dev.superlevel.cli;

import dev.superlevel.core.topology.PersistenceDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code betti}: the number of components of S_λ at K levels evenly spaced from A to B inclusive,
 * λ_k = A + k·(B − A)/(K − 1) with λ_{K−1} = B exactly (SPEC §3). One persistence sweep answers
 * every level (the count is the number of pairs alive at λ, SPEC §2).
 */
@Command(name = "betti", mixinStandardHelpOptions = true,
        description = {"Print the Betti-0 curve as CSV: the number of components of the super-level set "
                + "(or, with --sublevel, the sub-level set) at K levels evenly spaced from A to B inclusive.",
            "  lambda,components"},
        footer = {"", "Examples:",
            "  superlevel betti --function gaussian-bumps --levels 0,3,31",
            "  superlevel betti --function himmelblau --levels 0,200,101 --sublevel --connectivity 8"})
public final class BettiCommand implements Callable<Integer> {

    /** The most levels one call prints. */
    public static final int MAX_LEVELS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Mixin
    TopologyOptions topology;

    @Option(names = "--levels", paramLabel = "A,B,K", required = true, converter = LevelsConverter.class,
            description = "K levels (an integer, 2.." + MAX_LEVELS + ", or 1 when A = B) evenly from A to B inclusive.")
    Levels levels;

    @Option(names = "--min-persistence", paramLabel = "P", defaultValue = "0",
            converter = Converters.FiniteDouble.class,
            description = "Ignore components whose persistence is below P (default: ${DEFAULT-VALUE}).")
    double minPersistence;

    @Override
    public Integer call() {
        Diagrams.checkMinPersistence(minPersistence);
        PersistenceDiagram diagram = Diagrams.of(function, topology);
        PrintWriter out = spec.commandLine().getOut();
        out.println("lambda,components");
        for (int i = 0; i < levels.count(); i++) {
            double lambda = levels.level(i);
            int count = minPersistence > 0 ? diagram.componentCount(lambda, minPersistence)
                    : diagram.componentCount(lambda);
            out.println(lambda + "," + count);
        }
        return 0;
    }

    /**
     * K levels evenly from A to B inclusive.
     *
     * @param from A
     * @param to B
     * @param count K
     */
    record Levels(double from, double to, int count) {

        /** λ_i = A + i·(B − A)/(K − 1); the last is B exactly, a single level is A. */
        double level(int i) {
            return i == count - 1 ? to : from + i * (to - from) / (count - 1);
        }
    }

    /** {@code A,B,K}: finite A and B, integer K. */
    static final class LevelsConverter implements ITypeConverter<Levels> {
        @Override
        public Levels convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 3) {
                throw new TypeConversionException("expected A,B,K (two levels and a count), got '" + value + "'");
            }
            double a = Converters.finite(parts[0]);
            double b = Converters.finite(parts[1]);
            int k;
            try {
                k = Integer.parseInt(parts[2].strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("the count K must be an integer, got '" + parts[2] + "'");
            }
            if (k < 1 || k > MAX_LEVELS || (k == 1 && a != b)) {
                throw new TypeConversionException("the count K must be between 2 and " + MAX_LEVELS
                        + " (or 1 when A = B), got " + k);
            }
            return new Levels(a, b, k);
        }
    }
}
