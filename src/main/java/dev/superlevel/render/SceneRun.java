package dev.superlevel.render;

import dev.superlevel.core.optim.RunConfig;

/** One optimizer run of a figure: its validated configuration, its colour (opaque ARGB) and legend label. */
public record SceneRun(RunConfig config, int argb, String label) {

    public SceneRun {
        if (config == null) {
            throw new IllegalArgumentException("run: the configuration is required");
        }
        label = label == null ? "" : label;
    }
}
