package dev.superlevel.core.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Learning-rate schedules; each multiplies the optimizer's base rate α₀ (see {@link Schedule}).
 * Command-line names: {@code constant exponential norm exp-norm step cosine}.
 */
public enum ScheduleKind {
    /** α₀. */
    CONSTANT("constant"),
    /** α₀·e^(−βt), t = 0 at the first update (torch {@code ExponentialLR(gamma = e^(−β))}). */
    EXPONENTIAL("exponential"),
    /** α₀/(1 + ‖g‖), the paper's §4 gradient-norm scaling. */
    NORM("norm"),
    /** α₀·e^(−βt)/(1 + ‖g‖), the paper's combined rule. */
    EXP_NORM("exp-norm"),
    /** α₀·γ^⌊t/k⌋ (torch {@code StepLR}). */
    STEP("step"),
    /** Cosine annealing from α₀ to floor·α₀ over a horizon, then flat. */
    COSINE("cosine");

    private final String cliName;

    ScheduleKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * The schedule with the given command-line name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the unknown value and the accepted ones
     */
    public static ScheduleKind parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ScheduleKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ScheduleKind::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
