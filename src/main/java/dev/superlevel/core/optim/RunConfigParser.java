package dev.superlevel.core.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one reader of run parameters given as strings: CLI flags (without their dashes), {@code --run}
 * specs such as {@code "optimizer=adam,lr=0.05,start=-1.5,2,steps=300"}, saved sessions and the
 * golden tests all go through {@link #parse(Map)}.
 *
 * <p>Unset keys take the defaults of {@link RunConfig#defaults(OptimizerKind)} for the chosen
 * optimizer (gd if none); an unset {@code mech-s-init} takes the variant's default. Errors are
 * {@link IllegalArgumentException}s naming the key and what was expected. Stateless, thread-safe.
 */
public final class RunConfigParser {

    /** Every accepted key, in the order of {@link RunConfig#toKeyValues()}. */
    public static final List<String> KEYS = List.of("optimizer", "lr", "schedule", "decay", "momentum",
            "dampening", "beta1", "beta2", "eps", "weight-decay", "alpha", "lr-decay", "base", "variant",
            "mech-lambda", "mech-s-init", "mech-eps", "step-gamma", "step-every", "cosine-horizon",
            "cosine-floor", "cost-kappa", "cost-delta", "cost-reg", "cost-reg-lambda", "noise", "seed",
            "start", "steps");

    private RunConfigParser() {
    }

    /**
     * Reads a run configuration from key/values (keys as in {@link #KEYS}, case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown key, an unreadable value or one out of range
     */
    public static RunConfig parse(Map<String, String> keyValues) {
        Map<String, String> kv = normalise(keyValues);
        OptimizerKind optimizer = kv.containsKey("optimizer")
                ? OptimizerKind.parse(kv.get("optimizer")) : OptimizerKind.GD;
        RunConfig d = RunConfig.defaults(optimizer);
        MechanicVariant variant = kv.containsKey("variant")
                ? MechanicVariant.parse(kv.get("variant")) : d.variant();
        double[] start = kv.containsKey("start") ? point("start", kv.get("start"))
                : new double[] {d.startX(), d.startY()};
        return new RunConfig(optimizer, number(kv, "lr", d.learningRate()),
                kv.containsKey("schedule") ? ScheduleKind.parse(kv.get("schedule")) : d.schedule(),
                number(kv, "decay", d.decay()), number(kv, "momentum", d.momentum()),
                number(kv, "dampening", d.dampening()), number(kv, "beta1", d.beta1()),
                number(kv, "beta2", d.beta2()), number(kv, "eps", d.eps()),
                number(kv, "weight-decay", d.weightDecay()), number(kv, "alpha", d.alpha()),
                number(kv, "lr-decay", d.lrDecay()),
                kv.containsKey("base") ? parseBase(kv.get("base")) : d.base(), variant,
                number(kv, "mech-lambda", d.mechLambda()),
                number(kv, "mech-s-init", variant.defaultSInit()), number(kv, "mech-eps", d.mechEps()),
                number(kv, "step-gamma", d.stepGamma()), integer(kv, "step-every", d.stepEvery()),
                integer(kv, "cosine-horizon", d.cosineHorizon()),
                number(kv, "cosine-floor", d.cosineFloor()), number(kv, "cost-kappa", d.costKappa()),
                number(kv, "cost-delta", d.costDelta()),
                kv.containsKey("cost-reg") ? Regularizer.parse(kv.get("cost-reg")) : d.costReg(),
                number(kv, "cost-reg-lambda", d.costRegLambda()), number(kv, "noise", d.noise()),
                kv.containsKey("seed") ? longValue("seed", kv.get("seed")) : d.seed(),
                start[0], start[1], integer(kv, "steps", d.steps()));
    }

    /**
     * Splits a run spec {@code "key=value,key=value"} into ordered key/values. A comma-separated
     * piece without '=' continues the previous value, so {@code start=-1.5,2} keeps both numbers.
     *
     * @throws IllegalArgumentException for a piece before any key, an empty key or a repeated key
     */
    public static Map<String, String> splitSpec(String spec) {
        Map<String, String> kv = new LinkedHashMap<>();
        String lastKey = null;
        for (String piece : (spec == null ? "" : spec).split(",", -1)) {
            int eq = piece.indexOf('=');
            if (eq < 0) {
                if (lastKey == null) {
                    throw new IllegalArgumentException(
                            "run spec '" + spec + "': expected key=value, got '" + piece + "'");
                }
                kv.put(lastKey, kv.get(lastKey) + "," + piece);
                continue;
            }
            lastKey = piece.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (lastKey.isEmpty() || kv.containsKey(lastKey)) {
                throw new IllegalArgumentException("run spec '" + spec + "': "
                        + (lastKey.isEmpty() ? "empty key in '" + piece + "'" : "repeated key '" + lastKey + "'"));
            }
            kv.put(lastKey, piece.substring(eq + 1));
        }
        return kv;
    }

    /** {@code parse(splitSpec(spec))}. */
    public static RunConfig parseSpec(String spec) {
        return parse(splitSpec(spec));
    }

    private static Map<String, String> normalise(Map<String, String> keyValues) {
        if (keyValues == null) {
            throw new IllegalArgumentException("run parameters must be given");
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : keyValues.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown parameter '" + e.getKey() + "'; expected one of " + String.join(", ", KEYS));
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(key + " has no value");
            }
            kv.put(key, e.getValue().strip());
        }
        return kv;
    }

    private static OptimizerKind parseBase(String name) {
        if ("sgd".equalsIgnoreCase(name.strip())) {
            return OptimizerKind.GD;
        }
        OptimizerKind kind;
        try {
            kind = OptimizerKind.parse(name);
        } catch (IllegalArgumentException e) {
            kind = OptimizerKind.MECHANIC; // reported below with the base's own list
        }
        if (kind == OptimizerKind.MECHANIC) {
            throw new IllegalArgumentException("unknown base '" + name
                    + "'; expected one of sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad");
        }
        return kind;
    }

    private static double number(Map<String, String> kv, String key, double fallback) {
        String text = kv.get(key);
        return text == null ? fallback : doubleValue(key, text);
    }

    private static int integer(Map<String, String> kv, String key, int fallback) {
        String text = kv.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + text + "'");
        }
    }

    private static long longValue(String key, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + text + "'");
        }
    }

    private static double doubleValue(String key, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + text + "'");
        }
    }

    private static double[] point(String key, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(key + " must be two numbers x,y, got '" + text + "'");
        }
        return new double[] {doubleValue(key + " x", parts[0].strip()), doubleValue(key + " y", parts[1].strip())};
    }
}
