package dev.superlevel.cli;

import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import picocli.CommandLine.Option;

/** {@code --connectivity} and {@code --sublevel}, shared by the topology commands (SPEC §2, §3). */
public class TopologyOptions {

    @Option(names = "--connectivity", paramLabel = "4|8|contour", defaultValue = "contour",
            converter = Converters.ConnectivityConverter.class,
            description = "Neighbourhood of a grid sample: 4, 8 or contour (default: ${DEFAULT-VALUE}; "
                    + "edges plus the marching-squares saddle rule).")
    Connectivity connectivity;

    @Option(names = "--sublevel", description = "Study the sub-level set {L <= lambda} (basins) "
            + "instead of the super-level set {L >= lambda}.")
    boolean sublevel;

    public Connectivity connectivity() {
        return connectivity;
    }

    public SetMode mode() {
        return sublevel ? SetMode.SUBLEVEL : SetMode.SUPERLEVEL;
    }

    /** {@code superlevel} or {@code sublevel}, as printed. */
    public String modeLabel() {
        return sublevel ? "sublevel" : "superlevel";
    }
}
