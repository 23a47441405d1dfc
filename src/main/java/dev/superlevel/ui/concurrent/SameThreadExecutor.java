package dev.superlevel.ui.concurrent;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;

import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work and publishes results inline on the caller's thread: deterministic view-model tests. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.apply(Cancellation.NONE);
        } catch (CancelledException e) {
            return;
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void publish(Runnable action) {
        action.run();
    }
}
