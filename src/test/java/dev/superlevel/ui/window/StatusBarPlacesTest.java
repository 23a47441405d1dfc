package dev.superlevel.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The status bar's hidden parts (busy indicator, export progress and Cancel, opening, "Saved to …") are
 * built the first time they are shown, once, and then follow their condition (issue 11 item 19).
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarPlacesTest {

    @Test
    void aPlaceBuildsItsContentWhenFirstShownAndOnlyOnce(FxRobot robot) {
        robot.interact(() -> {
            SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
            AtomicInteger built = new AtomicInteger();
            StackPane place = StatusBar.builtWhenFirstShown(shown, () -> new Label("built " + built.incrementAndGet()));
            assertEquals(0, built.get(), "nothing is built while hidden");
            assertTrue(place.getChildren().isEmpty());
            assertFalse(place.isVisible());

            shown.set(true);
            assertEquals(1, built.get());
            assertTrue(place.isVisible());
            Label content = (Label) place.getChildren().get(0);
            assertEquals("built 1", content.getText());

            shown.set(false);
            assertFalse(place.isVisible(), "hidden again, content kept");
            shown.set(true);
            assertEquals(1, built.get(), "built once");
            assertEquals(1, place.getChildren().size());
            assertSame(content, place.getChildren().get(0));
        });
    }

    @Test
    void aPlaceWhoseConditionAlreadyHoldsIsBuiltAtOnce(FxRobot robot) {
        robot.interact(() -> {
            StackPane place = StatusBar.builtWhenFirstShown(new SimpleBooleanProperty(true), () -> new Label("x"));
            assertEquals(1, place.getChildren().size());
            assertTrue(place.isVisible());
        });
    }
}
