package dev.superlevel.ui.runs;

import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The keys whose value decides which other keys apply: the editor is rebuilt when one changes. */
    public static final List<String> SHAPING_KEYS = List.of("optimizer", "schedule", "base", "variant", "cost-reg",
            "cost-kappa");

    private RunSettings() {
    }

    /**
     * The keys that change the run for these settings, in display order: the optimizer's own
     * hyper-parameters (and for mechanic its base's), the schedule's, and the cost's (δ only when κ ≠ 0,
     * λ_reg only with a regulariser). Keys not listed are ignored by the optimizer in effect.
     */
    public static List<String> applicable(Map<String, String> settings) {
        Map<String, String> effective = effective(settings);
        List<String> keys = new ArrayList<>(List.of("optimizer"));
        String optimizer = effective.get("optimizer");
        if ("mechanic".equals(optimizer)) {
            keys.addAll(List.of("base", "variant", "mech-lambda", "mech-s-init", "mech-eps"));
            optimizer = "sgd".equals(effective.get("base")) ? "gd" : effective.get("base");
        }
        keys.addAll(List.of("schedule", "start", "steps", "lr"));
        keys.addAll(switch (effective.get("schedule")) {
            case "exponential", "exp-norm" -> List.of("decay");
            case "step" -> List.of("step-gamma", "step-every");
            case "cosine" -> List.of("cosine-horizon", "cosine-floor");
            default -> List.<String>of();
        });
        keys.addAll(switch (optimizer) {
            case "momentum", "nesterov" -> List.of("momentum");
            case "adam" -> List.of("beta1", "beta2", "eps");
            case "adamw" -> List.of("beta1", "beta2", "eps", "weight-decay");
            case "rmsprop" -> List.of("alpha", "eps");
            case "adagrad" -> List.of("eps");
            default -> List.<String>of();
        });
        keys.addAll(List.of("cost-reg", "cost-kappa"));
        if (parsesNonZero(effective.get("cost-kappa"))) {
            keys.add("cost-delta");
        }
        if (!"none".equals(effective.get("cost-reg"))) {
            keys.add("cost-reg-lambda");
        }
        return keys;
    }

    /**
     * Every key's value for these settings: the user's where set, else the parser's default for the
     * chosen optimizer and variant (what a blank field means), numbers written short ("1e-08", "0.9").
     */
    public static Map<String, String> effective(Map<String, String> settings) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String key : List.of("optimizer", "variant")) {
            if (settings.containsKey(key)) {
                kinds.put(key, settings.get(key));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            RunConfigParser.parse(kinds).toKeyValues().forEach((k, v) -> values.put(k, shortText(v)));
        } catch (IllegalArgumentException e) {
            RunConfig.defaults(OptimizerKind.GD).toKeyValues().forEach((k, v) -> values.put(k, shortText(v)));
        }
        values.putAll(settings);
        return values;
    }

    private static boolean parsesNonZero(String text) {
        try {
            return Double.parseDouble(text) != 0;
        } catch (RuntimeException e) {
            return true; // an unreadable κ: keep δ in view, the parser's message names κ
        }
    }

    private static String shortText(String value) {
        try {
            double v = Double.parseDouble(value);
            return Double.isFinite(v) ? RunsViewModel.shortNumber(v) : value;
        } catch (NumberFormatException e) {
            return value.contains(",") ? value.replace(".0,", ",").replaceAll("\\.0$", "") : value;
        }
    }
}
