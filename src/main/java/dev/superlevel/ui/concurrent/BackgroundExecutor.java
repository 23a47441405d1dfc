package dev.superlevel.ui.concurrent;

import dev.superlevel.core.Cancellation;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs heavy work (sampling, persistence, trajectories) off the FX thread and publishes the result on
 * it. The two implementations are {@link FxBackgroundExecutor} (a worker pool plus
 * {@code Platform.runLater}) and {@link SameThreadExecutor} (everything inline, for view-model tests).
 *
 * <p>Callers get latest-request-wins through {@link LatestRequest}: each submission carries a
 * sequence number and only the newest result is published.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background with a cancellation token, then calls {@code onSuccess} or
     * {@code onFailure} on the publishing thread (the FX thread in the app). A
     * {@link dev.superlevel.core.CancelledException} is swallowed: nobody wants that result.
     */
    <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the publishing thread (the FX thread in the app). */
    void publish(Runnable action);
}
