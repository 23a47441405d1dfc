package dev.superlevel.ui.export;

import dev.superlevel.io.PngWriter;
import dev.superlevel.render.FigureRenderer;
import dev.superlevel.render.LandscapeScene;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Writes PNGs: the landscape through RENDER's {@link FigureRenderer} (the same pixels as the CLI
 * {@code render}) or a chart through JFreeChart's {@code createBufferedImage}, always via the atomic
 * {@link PngWriter} so a failure never leaves a half-written file. Stateless and thread-safe; it
 * touches no JavaFX node, so it may run on a worker thread.
 */
public final class ExportService {

    /** Largest side accepted for an export, in pixels. */
    public static final int MAX_SIDE = 8192;

    private ExportService() {
    }

    public static void exportLandscape(LandscapeScene scene, int width, int height, Path target) throws IOException {
        checkSize(width, height);
        BufferedImage image = FigureRenderer.render(scene, width, height);
        PngWriter.write(image, target, Map.of("Software", "Superlevel", "Title", FigureRenderer.captionLine(scene)));
    }

    public static void exportChart(JFreeChart chart, int width, int height, Path target) throws IOException {
        checkSize(width, height);
        BufferedImage image = chart.createBufferedImage(width, height);
        PngWriter.write(image, target, Map.of("Software", "Superlevel", "Title", String.valueOf(chart.getTitle()
                == null ? "chart" : chart.getTitle().getText())));
    }

    private static void checkSize(int width, int height) {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("export size must be between 16 and " + MAX_SIDE
                    + " pixels per side, got " + width + "x" + height);
        }
    }
}
