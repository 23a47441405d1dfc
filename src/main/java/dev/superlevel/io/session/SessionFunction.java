package dev.superlevel.io.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The function of a session: what the user typed or picked ({@code name}: a sample stem, a .fn path or
 * blank for a typed expression), the expression source, and the parameter values in effect.
 */
public record SessionFunction(String name, String source, Map<String, Double> parameters) {

    public SessionFunction {
        name = name == null ? "" : name;
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("function.source must not be empty");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
        parameters.forEach((k, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("function.parameters." + k + ": must be a finite number");
            }
        });
    }
}
