package dev.superlevel.cli;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.ComponentInfo;
import dev.superlevel.core.topology.ComponentLabeller;
import dev.superlevel.core.topology.Labelling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code components}: the connected components of S_λ on the sampled grid (SPEC §2, §3). */
@Command(name = "components", mixinStandardHelpOptions = true,
        description = {"Count the connected components of the super-level set {L >= lambda} "
                + "(or, with --sublevel, {L <= lambda}) on the sampled grid. Prints one JSON line:",
            "  components  the number of components",
            "  cells       the number of grid samples in the set",
            "  undefined   samples where L is NaN or infinite (in no set)",
            "  lambda, mode, connectivity, grid [nx,ny], domain [xmin,xmax,ymin,ymax]",
            "  sizes       component sizes in samples, largest first",
            "  peaks       per component (largest first): size, peak value and its [x,y] "
                + "(the maximum; the minimum with --sublevel), bounding box [xmin,xmax,ymin,ymax]"},
        footer = {"", "Examples:",
            "  superlevel components --function twin-peaks --lambda 0.5",
            "  superlevel components --function himmelblau --lambda 10 --sublevel --connectivity 4",
            "  superlevel components --function \"sin(x)*sin(y)\" --lambda 0.5 --grid 256"})
public final class ComponentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Mixin
    TopologyOptions topology;

    @Option(names = "--lambda", paramLabel = "L", required = true, converter = Converters.FiniteDouble.class,
            description = "The level lambda.")
    double lambda;

    @Override
    public Integer call() {
        ResolvedLoss resolved = function.resolve();
        SampledField field = function.sample(resolved);
        Labelling labelling = ComponentLabeller.label(field, lambda, topology.mode(), topology.connectivity());
        List<ComponentInfo> components = new ArrayList<>(labelling.components());
        components.sort((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size())
                : Integer.compare(a.label(), b.label()));
        spec.commandLine().getOut().println(json(field, labelling, components));
        return 0;
    }

    private String json(SampledField field, Labelling labelling, List<ComponentInfo> components) {
        GridSpec grid = field.spec();
        int cells = 0;
        for (int label : labelling.labels()) {
            cells += label >= 0 ? 1 : 0;
        }
        List<String> sizes = new ArrayList<>();
        List<String> peaks = new ArrayList<>();
        for (ComponentInfo c : components) {
            sizes.add(Integer.toString(c.size()));
            peaks.add(peak(grid, c));
        }
        return new Json().integer("components", labelling.count()).integer("cells", cells)
                .integer("undefined", field.undefinedCount()).number("lambda", lambda).string("mode", topology.modeLabel())
                .string("connectivity", topology.connectivity().label())
                .raw("grid", "[" + grid.nx() + "," + grid.ny() + "]")
                .numbers("domain", grid.domain().xmin(), grid.domain().xmax(), grid.domain().ymin(),
                        grid.domain().ymax())
                .raw("sizes", Json.arrayOf(sizes)).raw("peaks", Json.arrayOf(peaks)).close();
    }

    private static String peak(GridSpec grid, ComponentInfo c) {
        int i = c.peakIndex() % grid.nx();
        int j = c.peakIndex() / grid.nx();
        return new Json().integer("size", c.size()).number("value", c.peakValue())
                .numbers("at", grid.x(i), grid.y(j))
                .numbers("box", grid.x(c.minI()), grid.x(c.maxI()), grid.y(c.minJ()), grid.y(c.maxJ()))
                .close();
    }
}
