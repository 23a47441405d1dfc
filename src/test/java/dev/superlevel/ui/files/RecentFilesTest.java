package dev.superlevel.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

class RecentFilesTest {

    /** In memory: the test never touches the user's real preferences. */
    private final Preferences node = new MemoryPreferences();

    @Test
    void keepsTheLastEightNewestFirstWithoutDuplicatesAcrossInstances() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/tmp/s" + i + ".json"));
        }
        recent.add(Path.of("/tmp/s5.json"));
        List<Path> list = new RecentFiles(node).list();
        assertEquals(8, list.size());
        assertEquals(Path.of("/tmp/s5.json"), list.get(0));
        assertEquals(Path.of("/tmp/s9.json"), list.get(1));
        // s5 was still listed, so moving it up drops nothing: s5 s9 s8 s7 s6 s4 s3 s2
        assertEquals(Path.of("/tmp/s2.json"), list.get(7));
        assertEquals(list.size(), list.stream().distinct().count());
    }
}
