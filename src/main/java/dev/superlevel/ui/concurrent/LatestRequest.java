package dev.superlevel.ui.concurrent;

import dev.superlevel.core.Cancellation;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Latest request wins: every {@link #submit} takes a new sequence number; older work sees its
 * cancellation token set (core loops stop at the next row or step) and its result is dropped even if
 * it finishes. Thread-safe; results and failures are published through the executor.
 */
public final class LatestRequest {

    private final BackgroundExecutor executor;
    private final AtomicLong sequence = new AtomicLong();

    public LatestRequest(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Submits {@code work}, superseding every earlier submission of this object. */
    public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long mine = sequence.incrementAndGet();
        Cancellation token = () -> sequence.get() != mine;
        executor.submit(ignored -> {
            // a request superseded while it waited in the queue never starts
            token.check();
            return work.apply(token);
        }, result -> {
            if (!token.isCancelled()) {
                onSuccess.accept(result);
            }
        }, error -> {
            if (!token.isCancelled()) {
                onFailure.accept(error);
            }
        });
    }

    /** Cancels whatever is running without starting anything new. */
    public void cancel() {
        sequence.incrementAndGet();
    }

    /** The sequence number of the newest request (0 before the first). */
    public long latest() {
        return sequence.get();
    }
}
