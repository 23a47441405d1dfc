package dev.superlevel.ui.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class HeldExecutorTest {

    @Test
    void holdsSubmissionsUntilReleasedThenRunsThemInOrderAndLaterOnesAtOnce() {
        List<String> log = new ArrayList<>();
        HeldExecutor held = new HeldExecutor(new SameThreadExecutor());
        held.submit(cancel -> "a", log::add, e -> log.add("failed"));
        held.submit(cancel -> "b", log::add, e -> log.add("failed"));
        assertEquals(List.of(), log, "nothing runs before the release");
        assertEquals(2, held.heldCount());

        held.release();
        assertEquals(List.of("a", "b"), log);
        assertEquals(0, held.heldCount());

        held.submit(cancel -> "c", log::add, e -> log.add("failed"));
        held.release();  // a second release changes nothing
        assertEquals(List.of("a", "b", "c"), log);
    }

    @Test
    void publishIsNeverHeld() {
        List<String> log = new ArrayList<>();
        HeldExecutor held = new HeldExecutor(new SameThreadExecutor());
        held.publish(() -> log.add("published"));
        assertEquals(List.of("published"), log);
    }
}
