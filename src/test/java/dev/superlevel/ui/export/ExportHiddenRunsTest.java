package dev.superlevel.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFunction;
import dev.superlevel.io.session.SessionRun;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A run hidden in the app is not drawn in any exported figure: the export of a session with run "b" hidden
 * has exactly the pixels of the export of the same session without "b", and differs from the one with "b" shown.
 */
class ExportHiddenRunsTest {

    @TempDir
    Path dir;

    private static SessionRun run(String spec, int argb, String label, boolean visible) {
        return new SessionRun(RunConfigParser.parseSpec(spec).toKeyValues(), argb, label, visible);
    }

    /** "a" shown; "b" hidden, shown, or not in the session at all (null). */
    private static Session session(Boolean second) {
        List<SessionRun> runs = new ArrayList<>();
        runs.add(run("optimizer=gd,lr=0.1,start=1.5,1,steps=20", 0xFFD55E00, "a", true));
        if (second != null) {
            runs.add(run("optimizer=gd,lr=0.05,start=-1.5,-1,steps=30", 0xFF56B4E9, "b", second));
        }
        return Session.of(new SessionFunction("expression", "x^2 + y^2", Map.of()), new Domain(-2, 2, -2, 2), 48, 48,
                1.0, SetMode.SUBLEVEL, Connectivity.FOUR, ColorScale.LINEAR, Colormap.VIRIDIS, runs, 25);
    }

    private int[] pixels(Session s, FigureKind kind, String name) throws IOException {
        Path file = dir.resolve(name + ".png");
        ExportService.exportFigure(s, kind, 400, 300, file, Cancellation.NONE);
        BufferedImage image = ImageIO.read(file.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @ParameterizedTest
    @EnumSource(value = FigureKind.class, names = {"LANDSCAPE", "COMPOSITE", "SURFACE"})
    void aHiddenRunIsDrawnInNoExport(FigureKind kind) throws IOException {
        int[] hidden = pixels(session(false), kind, "hidden");
        assertArrayEquals(pixels(session(null), kind, "without"), hidden);
        assertFalse(Arrays.equals(pixels(session(true), kind, "shown"), hidden), "run b shown changes the figure");
    }
}
