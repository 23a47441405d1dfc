package dev.superlevel.ui.concurrent;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * A small daemon worker pool; results are published with one {@code Platform.runLater} per task.
 * Thread-safe.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService pool;

    public FxBackgroundExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "superlevel-worker-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.apply(Cancellation.NONE);
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (CancelledException e) {
                // superseded by a newer request: drop silently
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void publish(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Stops the workers; running tasks see no new work. */
    public void shutdown() {
        pool.shutdownNow();
    }
}
