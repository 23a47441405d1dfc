package dev.superlevel.core;

/** Thrown by a core computation that noticed its {@link Cancellation} token was set. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
