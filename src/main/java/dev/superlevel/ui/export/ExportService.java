package dev.superlevel.ui.export;

import dev.superlevel.core.Cancellation;
import dev.superlevel.io.image.FigureFormat;
import dev.superlevel.io.image.FigurePainter;
import dev.superlevel.io.image.GifWriter;
import dev.superlevel.io.image.Mp4Writer;
import dev.superlevel.io.image.PdfWriter;
import dev.superlevel.io.image.PngWriter;
import dev.superlevel.io.image.SvgWriter;
import dev.superlevel.io.session.EmbeddedSessions;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.io.session.SessionScene;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import org.jfree.chart.JFreeChart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Writes figures as PNG, SVG or PDF (by the file's extension; anything else is PNG) and animations as GIF
 * or MP4 (by extension), each with its session as {@code render} writes it. Writes PNGs: the landscape (or the composite figure) through the app's {@link Session} and RENDER's
 * {@link SessionScene} + {@link FigureSpec} — exactly the path of the CLI {@code render}, so the pixels
 * are the same and the PNG carries the session for {@code render --session} — or a chart through
 * JFreeChart's {@code createBufferedImage}. Always via the atomic {@link PngWriter}: a failure never
 * leaves a half-written file. Stateless and thread-safe; touches no JavaFX node.
 */
public final class ExportService {

    /** Largest side accepted for an export, in pixels: {@link FigureSpec#MAX_SIDE}, the one limit. */
    public static final int MAX_SIDE = FigureSpec.MAX_SIDE;
    /** Smallest side accepted for an export, in pixels: {@link FigureSpec#MIN_SIDE}. */
    public static final int MIN_SIDE = FigureSpec.MIN_SIDE;

    private ExportService() {
    }

    /** Renders {@code session} as a {@code kind} figure at {@code width × height} into {@code target}. */
    public static void exportFigure(Session session, FigureKind kind, int width, int height, Path target,
            Cancellation cancel) throws IOException {
        exportFigure(session, kind, width, height, 1, target, cancel);
    }

    /**
     * As {@link #exportFigure(Session, FigureKind, int, int, Path, Cancellation)} with text and lines
     * {@code scale} times thicker (2 for print at twice the on-screen size: the same layout, sharper).
     */
    public static void exportFigure(Session session, FigureKind kind, int width, int height, double scale,
            Path target, Cancellation cancel) throws IOException {
        checkSize(width, height);
        FigureSpec spec = new FigureSpec(kind, width, height, scale);
        CompositeScene scene = SessionScene.buildComposite(session, cancel);
        CompositeScene shown = scene.atStep(session.currentStep());
        FigureFormat format = FigureFormat.byExtension(target);
        if (format == FigureFormat.SVG) {
            SvgWriter.write(target, width, height, g -> spec.paint(g, shown), EmbeddedSessions.metadata(session, spec));
        } else if (format == FigureFormat.PDF) {
            PdfWriter.write(target, width, height, "Superlevel: " + session.function().name(),
                    g -> spec.paint(g, shown), EmbeddedSessions.metadata(session, spec));
        } else {
            PngWriter.write(spec.render(shown), target, SessionFile.pngText(session, spec));
        }
    }

    /**
     * Writes a looping GIF of {@code session}'s figure with {@code frames} frames spread over the runs'
     * steps (RENDER's {@link GifWriter}, the path of {@code render --animate}); {@code progress} gets
     * the fraction done, on the calling thread.
     */
    public static void exportAnimation(Session session, FigureKind kind, int width, int height, int frames,
            double framesPerSecond, Path target, Cancellation cancel, DoubleConsumer progress) throws IOException {
        checkSize(width, height);
        FigureSpec spec = new FigureSpec(kind, width, height, 1);
        CompositeScene scene = SessionScene.buildComposite(session, cancel);
        if (FigureFormat.byExtension(target) == FigureFormat.MP4) {
            Mp4Writer.animate(target, scene, spec, frames, framesPerSecond, cancel, progress);
            EmbeddedSessions.writeSidecar(target, session);
        } else {
            GifWriter.animate(target, scene, spec, frames, framesPerSecond, cancel, progress,
                    EmbeddedSessions.gifComments(session, spec));
        }
    }

    public static void exportChart(JFreeChart chart, int width, int height, Path target) throws IOException {
        exportChart(chart, width, height, 1, target);
    }

    /** A chart laid out at {@code width/scale × height/scale} and drawn {@code scale} times larger. */
    public static void exportChart(JFreeChart chart, int width, int height, double scale, Path target)
            throws IOException {
        checkSize(width, height);
        if (!(scale >= 1) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("export scale must be at least 1, got " + scale);
        }
        String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
        FigureFormat format = FigureFormat.byExtension(target);
        FigurePainter painter = g -> {
            g.scale(scale, scale);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width / scale, height / scale));
        };
        if (format == FigureFormat.SVG) {
            SvgWriter.write(target, width, height, painter, Map.of("Software", "Superlevel", "Title", title));
        } else if (format == FigureFormat.PDF) {
            PdfWriter.write(target, width, height, title, painter, Map.of("Software", "Superlevel"));
        } else {
            BufferedImage image = chart.createBufferedImage(width, height, width / scale, height / scale, null);
            PngWriter.write(image, target, Map.of("Software", "Superlevel", "Title", title));
        }
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("export size must be between " + MIN_SIDE + " and " + MAX_SIDE
                    + " pixels per side, got " + width + "x" + height);
        }
    }
}
