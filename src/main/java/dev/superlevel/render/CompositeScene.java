package dev.superlevel.render;

import java.util.List;

/**
 * Everything the composite figure depends on: the landscape scene (which also carries the formula, λ
 * and style) and the per-step curves of every run, with the step marked in the panels. Like
 * {@link LandscapeScene}, the same scene gives the same pixels in the app and the CLI.
 *
 * @param landscape the landscape drawn on the left
 * @param runs one entry per run, in legend order
 * @param currentStep the step marked by a vertical line in the panels (≥ 0)
 * @param pathLosses one entry per recorded training path: its L(t) on the surface and its own loss column
 *     (issue 10; drawn by {@link PathLossFigureRenderer})
 */
public record CompositeScene(LandscapeScene landscape, List<RunSeries> runs, int currentStep,
        List<PathLossSeries> pathLosses) {

    public CompositeScene {
        if (landscape == null) {
            throw new IllegalArgumentException("composite scene: landscape is missing");
        }
        if (currentStep < 0) {
            throw new IllegalArgumentException("composite scene: current step must be >= 0, got " + currentStep);
        }
        runs = runs == null ? List.of() : List.copyOf(runs);
        pathLosses = pathLosses == null ? List.of() : List.copyOf(pathLosses);
    }

    /** A scene without recorded paths. */
    public CompositeScene(LandscapeScene landscape, List<RunSeries> runs, int currentStep) {
        this(landscape, runs, currentStep, List.of());
    }

    /** The same scene with the panels' marker and every landscape path at {@code step}. */
    public CompositeScene atStep(int step) {
        return new CompositeScene(landscape.atStep(step), runs, step, pathLosses);
    }

    /** The largest row index of any run (0 without runs). */
    public int lastStep() {
        return runs.stream().mapToInt(r -> r.size() - 1).max().orElse(0);
    }
}
