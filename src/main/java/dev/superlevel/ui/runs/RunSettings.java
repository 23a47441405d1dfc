package dev.superlevel.ui.runs;

import java.util.List;

/**
 * The run keys the editor offers, in display order: the {@code RunConfigParser} keys (SPEC §3 flag
 * names without dashes). An empty value means "the parser's default" (SPEC §1).
 */
public final class RunSettings {

    /** Keys edited with a choice box, with their allowed values. */
    public static final List<String> OPTIMIZERS = List.of("gd", "momentum", "nesterov", "adam", "adamw",
            "rmsprop", "adagrad", "mechanic");
    public static final List<String> SCHEDULES = List.of("constant", "exponential", "norm", "exp-norm", "step",
            "cosine");
    public static final List<String> BASES = List.of("sgd", "adam");
    public static final List<String> VARIANTS = List.of("torch", "optax", "paper");
    public static final List<String> REGULARISERS = List.of("none", "l1", "l2");

    /** Numeric keys edited in text fields, grouped as the panel shows them. */
    public static final List<String> SCHEDULE_KEYS = List.of("lr", "decay", "step-gamma", "step-every",
            "cosine-horizon", "cosine-floor");
    public static final List<String> OPTIMIZER_KEYS = List.of("momentum", "beta1", "beta2", "eps",
            "weight-decay", "alpha", "mech-lambda", "mech-s-init", "mech-eps");
    public static final List<String> COST_KEYS = List.of("cost-kappa", "cost-delta", "cost-reg-lambda");

    private RunSettings() {
    }
}
