package dev.superlevel.ui.concurrent;

import dev.superlevel.core.Cancellation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link BackgroundExecutor} that holds every submission until {@link #release()}, then hands the held
 * ones, in order, and all later ones straight to the executor it wraps. The app holds its background
 * work (thumbnails, resolution checks, the first landscape and run) until the main window's first frame
 * is on screen, so that on a machine with few cores the workers do not compete with the FX thread for
 * that frame (issue 11 item 19). {@link #publish} is never held. Thread-safe.
 */
public final class HeldExecutor implements BackgroundExecutor {

    private final BackgroundExecutor target;
    private List<Runnable> held = new ArrayList<>();

    public HeldExecutor(BackgroundExecutor target) {
        this.target = target;
    }

    @Override
    public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        synchronized (this) {
            if (held != null) {
                held.add(() -> target.submit(work, onSuccess, onFailure));
                return;
            }
        }
        target.submit(work, onSuccess, onFailure);
    }

    @Override
    public void publish(Runnable action) {
        target.publish(action);
    }

    /** Submits the held work in the order it came and stops holding; a second call does nothing. */
    public void release() {
        List<Runnable> now;
        synchronized (this) {
            now = held;
            held = null;
        }
        if (now != null) {
            now.forEach(Runnable::run);
        }
    }

    /** How many submissions are held (0 once released). */
    public synchronized int heldCount() {
        return held == null ? 0 : held.size();
    }
}
