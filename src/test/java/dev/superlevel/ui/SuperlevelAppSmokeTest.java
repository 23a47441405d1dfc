package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** Starts the real window (headless under Monocle in the default build) and looks at the landscape. */
@ExtendWith(ApplicationExtension.class)
class SuperlevelAppSmokeTest {

    @Start
    void start(Stage stage) throws Exception {
        new SuperlevelApp().start(stage);
    }

    @Test
    void windowShowsANonUniformLandscapeOnTheCanvas(FxRobot robot) throws Exception {
        // the main window comes up at once; its charts and first landscape follow after the first frame
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#landscape-canvas").tryQuery()
                .isPresent());
        Canvas canvas = robot.lookup("#landscape-canvas").queryAs(Canvas.class);
        assertTrue(canvas.getWidth() > 100 && canvas.getHeight() > 100, "canvas is laid out");
        // the first picture is computed in the background; wait for it (a wait, not a timing assertion)
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            try {
                return distinctColours(robot, canvas) > 10;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertNotEquals(0, distinctColours(robot, canvas));
    }

    private static long distinctColours(FxRobot robot, Canvas canvas) throws Exception {
        WritableImage snap = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
        PixelReader r = snap.getPixelReader();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < snap.getHeight(); y += 7) {
            for (int x = 0; x < snap.getWidth(); x += 7) {
                colours.add(r.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
