package dev.superlevel.core;

/**
 * A cooperative cancellation token. Core loops check it once per grid row or optimizer step and
 * throw {@link CancelledException} when it is set. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Cancellation {

    /** A token that is never cancelled. */
    Cancellation NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} if this token is cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
