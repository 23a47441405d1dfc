package dev.superlevel.core.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The optimizers a trajectory can run, by their command-line names (SPEC §1.2 and §1.1). */
public enum OptimizerKind {
    GD("gd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    ADAM("adam"),
    ADAMW("adamw"),
    RMSPROP("rmsprop"),
    ADAGRAD("adagrad"),
    MECHANIC("mechanic");

    private final String cliName;

    OptimizerKind(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name, e.g. {@code "adamw"}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The kind with the given command-line name (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the unknown value and the accepted ones
     */
    public static OptimizerKind parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (OptimizerKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown optimizer '" + name + "'; expected one of " + names());
    }

    /** The command-line names, comma separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(OptimizerKind::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
