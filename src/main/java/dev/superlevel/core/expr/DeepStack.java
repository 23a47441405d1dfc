package dev.superlevel.core.expr;

import java.util.function.Supplier;

/**
 * Runs the recursive compile steps (parsing, lowering, code generation, Janino) of long expressions on
 * a thread with a large stack. Trees may legally be {@value Parser#MAX_TREE_DEPTH} levels deep; the
 * caller's thread (a UI thread, a fork-join worker, a test runner) may have a small stack, and
 * first-time linkage deep in a recursion needs a lot of it. A short source cannot make a deep tree,
 * so it is compiled on the caller's thread.
 */
final class DeepStack {

    /** Sources shorter than this nest at most ~{@code length/2} levels: safe on any thread. */
    private static final int INLINE_LENGTH = 256;

    /** Reserved (not committed) stack of the helper thread. */
    private static final long STACK_BYTES = 256L << 20;

    private DeepStack() {
    }

    /** {@code task.get()}, on a large-stack thread when {@code sourceLength} requires it. */
    static <T> T call(int sourceLength, Supplier<T> task) {
        if (sourceLength < INLINE_LENGTH) {
            return task.get();
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = task.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "expression-compiler", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        joinUninterruptibly(worker);
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** The task is bounded (linear-time compile steps), so waiting it out is short and safe. */
    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
