package dev.superlevel.ui.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

class LatestRequestTest {

    /** Holds submitted work until the test runs it, to interleave requests deterministically. */
    private static final class QueuedExecutor implements BackgroundExecutor {
        final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> new SameThreadExecutor().submit(work, onSuccess, onFailure));
        }

        @Override
        public void publish(Runnable action) {
            action.run();
        }
    }

    @Test
    void anOlderResultIsDroppedWhenANewerRequestExists() {
        QueuedExecutor executor = new QueuedExecutor();
        LatestRequest latest = new LatestRequest(executor);
        List<String> published = new ArrayList<>();
        latest.submit(c -> "old", published::add, e -> { });
        latest.submit(c -> "new", published::add, e -> { });
        executor.queue.forEach(Runnable::run);
        assertEquals(List.of("new"), published);
    }

    @Test
    void anOlderRequestSeesItsTokenCancelled() {
        QueuedExecutor executor = new QueuedExecutor();
        LatestRequest latest = new LatestRequest(executor);
        Cancellation[] token = new Cancellation[1];
        latest.submit(c -> token[0] = c, t -> { }, e -> { });
        executor.queue.get(0).run();
        latest.submit(c -> c, t -> { }, e -> { });
        assertTrue(token[0].isCancelled());
        assertThrows(CancelledException.class, token[0]::check);
    }

    @Test
    void failuresOfTheNewestRequestArePublished() {
        LatestRequest latest = new LatestRequest(new SameThreadExecutor());
        List<Throwable> failures = new ArrayList<>();
        latest.submit(c -> {
            throw new IllegalStateException("boom");
        }, r -> { }, failures::add);
        assertEquals("boom", failures.get(0).getMessage());
    }

    @Test
    void aRequestSupersededWhileQueuedNeverStarts() {
        QueuedExecutor executor = new QueuedExecutor();
        LatestRequest latest = new LatestRequest(executor);
        List<String> started = new ArrayList<>();
        latest.submit(c -> started.add("old"), r -> { }, e -> { });
        latest.submit(c -> started.add("new"), r -> { }, e -> { });
        executor.queue.forEach(Runnable::run);
        assertEquals(List.of("new"), started);
    }
}
