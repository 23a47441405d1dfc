package dev.superlevel.core.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three flavours of the Mechanic tuner (SPEC §1.1). {@link #TORCH} is the reference; the others
 * reproduce the optax port and a literal reading of the paper's (corrected) §6 algorithm.
 */
public enum MechanicVariant {
    /** The authors' PyTorch implementation: Δ recomputed, s = 0 and m = 1e-6 at start. */
    TORCH("torch"),
    /** optax.contrib.mechanize: s = s_init, m = 0 at start, |h| + ε in m, h clipped in r. */
    OPTAX("optax"),
    /** The paper's §6 with its errors fixed: Δ stored, s = 0 and m = 0 at start, λ-term on x_t. */
    PAPER("paper");

    private final String cliName;

    MechanicVariant(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The default s_init: 1e-6 for optax (its initial s), 1e-8 for torch and paper. */
    public double defaultSInit() {
        return this == OPTAX ? 1e-6 : 1e-8;
    }

    /** @throws IllegalArgumentException naming the unknown value and the accepted ones */
    public static MechanicVariant parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (MechanicVariant variant : values()) {
            if (variant.cliName.equals(wanted)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + name + "'; expected one of "
                + Arrays.stream(values()).map(MechanicVariant::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
