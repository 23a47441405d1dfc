package dev.superlevel.io.session;

import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One optimizer run of a session: its configuration as {@link RunConfigParser} key/values (so the file
 * stays readable and forward compatible), its colour (opaque ARGB) and its legend label.
 */
public record SessionRun(Map<String, String> config, int argb, String label) {

    public SessionRun {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config == null ? Map.of() : config));
        label = label == null ? "" : label;
    }

    /** The run of {@code cfg} drawn in {@code argb}. */
    public static SessionRun of(RunConfig cfg, int argb, String label) {
        return new SessionRun(cfg.toKeyValues(), argb, label);
    }

    /** The validated run configuration. @throws IllegalArgumentException naming the bad key */
    public RunConfig toRunConfig() {
        return RunConfigParser.parse(config);
    }
}
