package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.analysis.Comparison;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One validated comparison the Compare dialog asks for: the same start, steps and shared (schedule) settings
 * for every optimizer, each over the same rates. The run of (optimizer, rate) is built from {@link #settings}
 * exactly as the CLI's {@code compare} builds it from its flags (the shared keys, then optimizer, lr, start
 * and steps; the rate's shortest decimal without an exponent), so both compute the same runs. Immutable.
 *
 * @param optimizers the optimizers, in the order the rows and colours follow
 * @param rates      the log-spaced learning rates
 * @param target     the target loss, NaN for none
 * @param shared     the {@code RunConfigParser} keys every run shares (the schedule and its parameters)
 */
record CompareRequest(List<OptimizerKind> optimizers, double[] rates, int steps, double target, double startX,
        double startY, Map<String, String> shared) {

    CompareRequest {
        optimizers = List.copyOf(optimizers);
        rates = rates.clone();
        shared = Map.copyOf(shared);
    }

    /** The run keys of (optimizer, rate): what the comparison runs and what "Add best runs" adds. */
    Map<String, String> settings(OptimizerKind kind, double lr) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String key : RunConfigParser.KEYS) {  // the CLI's order of the shared flags
            if (shared.containsKey(key)) {
                kv.put(key, shared.get(key));
            }
        }
        kv.put("optimizer", kind.cliName());
        kv.put("lr", new BigDecimal(Double.toString(lr)).toPlainString());  // the same double, no exponent
        kv.put("start", startX + "," + startY);
        kv.put("steps", Integer.toString(steps));
        return kv;
    }

    RunConfig config(OptimizerKind kind, double lr) {
        return RunConfigParser.parse(settings(kind, lr));
    }

    Comparison.Configs configs() {
        return this::config;
    }
}
