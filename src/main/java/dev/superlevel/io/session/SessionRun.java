package dev.superlevel.io.session;

import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.optim.RunConfigParser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One optimizer run of a session: its configuration as {@link RunConfigParser} key/values (so the file
 * stays readable and forward compatible), its colour (opaque ARGB), its legend label and whether it is shown
 * (a hidden run is kept in the session but left out of every figure and chart).
 */
public record SessionRun(Map<String, String> config, int argb, String label, boolean visible) {

    public SessionRun {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config == null ? Map.of() : config));
        label = label == null ? "" : label;
    }

    /** A shown run. */
    public SessionRun(Map<String, String> config, int argb, String label) {
        this(config, argb, label, true);
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
