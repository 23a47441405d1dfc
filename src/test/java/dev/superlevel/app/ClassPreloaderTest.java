package dev.superlevel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class ClassPreloaderTest {

    /** Set by the static initialiser of {@link NotInitialised}: it must not run when preloaded. */
    static boolean initialised;

    static final class NotInitialised {
        static {
            initialised = true;
        }
    }

    @Test
    void theListNamesTheClassesOfTheMainWindowButNotOfTheChartsThatFollowIt() {
        List<String> names = ClassPreloader.names();
        assertTrue(names.contains("dev.superlevel.ui.MainWindow"), "the main window");
        assertTrue(names.contains("javafx.scene.control.skin.TextFieldSkin"), "the control skins");
        assertFalse(names.contains("org.jfree.chart.JFreeChart"), "the charts are built after the first frame");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("#") || n.isBlank()), "no comments or blanks");
    }

    @Test
    void loadsWithoutInitialisingAndSkipsNamesThatDoNotExist() {
        int found = ClassPreloader.load(List.of(NotInitialised.class.getName(), "dev.superlevel.NoSuchClass",
                "java.lang.String"));
        assertEquals(2, found);
        assertFalse(initialised, "loaded, not initialised");
    }
}
