package dev.superlevel.core.grid;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.LossFunction;

import java.util.stream.IntStream;

/**
 * Samples a {@link LossFunction} on a {@link GridSpec}, rows in parallel on the common fork-join pool.
 * Cancellation is checked once per row.
 */
public final class GridSampler {

    /** Rows handed to a worker at a time: enough to amortise scheduling, small enough to balance. */
    private static final int ROWS_PER_TASK = 8;

    private GridSampler() {
    }

    public static SampledField sample(LossFunction f, GridSpec spec) {
        return sample(f, spec, Cancellation.NONE);
    }

    /**
     * @throws dev.superlevel.core.CancelledException if {@code cancel} is set while sampling
     */
    public static SampledField sample(LossFunction f, GridSpec spec, Cancellation cancel) {
        int nx = spec.nx();
        int ny = spec.ny();
        double[] xs = spec.xs();
        double[] out = new double[nx * ny];
        int tasks = (ny + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(t -> {
            int end = Math.min(ny, (t + 1) * ROWS_PER_TASK);
            for (int j = t * ROWS_PER_TASK; j < end; j++) {
                cancel.check();
                f.valuesAlongRow(xs, spec.y(j), out, j * nx);
            }
        });
        return new SampledField(spec, out);
    }
}
