package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.io.image.FigureFormat;
import dev.superlevel.io.image.GifWriter;
import dev.superlevel.io.image.Mp4Writer;
import dev.superlevel.io.image.PdfWriter;
import dev.superlevel.io.image.PngWriter;
import dev.superlevel.io.image.SvgWriter;
import dev.superlevel.io.session.EmbeddedSessions;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.render.BasinsFigureRenderer;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.LandscapeScene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what {@code render} draws in the format chosen by the file's extension, each with its session.
 * A class of its own so that the drawing types (java.awt) load only when a figure is written: picocli
 * loads every subcommand class at start-up, and {@code eval} should not pay for AWT.
 */
final class FigureOutput {

    private FigureOutput() {
    }

    static void writeFigure(FigureFormat format, Path out, Session s, CompositeScene scene, FigureSpec spec)
            throws IOException {
        switch (format) {
            case SVG -> SvgWriter.write(out, spec.width(), spec.height(), g -> spec.paint(g, scene),
                    EmbeddedSessions.metadata(s, spec));
            case PDF -> PdfWriter.write(out, spec.width(), spec.height(), "Superlevel: " + s.function().name(),
                    g -> spec.paint(g, scene), EmbeddedSessions.metadata(s, spec));
            default -> PngWriter.write(spec.render(scene), out, SessionFile.pngText(s, spec));
        }
    }

    /** The basins figure (its panels already computed) in the format of {@code out}. */
    static void writeBasins(FigureFormat format, Path out, Session s, LandscapeScene landscape,
            List<BasinsFigureRenderer.Panel> panels, FigureSpec spec) throws IOException {
        int w = spec.width();
        int h = spec.height();
        switch (format) {
            case SVG -> SvgWriter.write(out, w, h, g -> BasinsFigureRenderer.paint(g, landscape, panels, w, h,
                    spec.scale()), EmbeddedSessions.metadata(s, spec));
            case PDF -> PdfWriter.write(out, w, h, "Superlevel: " + s.function().name(),
                    g -> BasinsFigureRenderer.paint(g, landscape, panels, w, h, spec.scale()),
                    EmbeddedSessions.metadata(s, spec));
            default -> PngWriter.write(BasinsFigureRenderer.render(landscape, panels, w, h, spec.scale()), out,
                    SessionFile.pngText(s, spec));
        }
    }

    static void writeAnimation(FigureFormat format, Path animate, Session s, CompositeScene scene, FigureSpec spec,
            int frames, double fps) throws IOException {
        if (format == FigureFormat.MP4) {
            Mp4Writer.animate(animate, scene, spec, frames, fps, Cancellation.NONE, p -> { });
            EmbeddedSessions.writeSidecar(animate, s);
        } else {
            GifWriter.animate(animate, scene, spec, frames, fps, Cancellation.NONE, p -> { },
                    EmbeddedSessions.gifComments(s, spec));
        }
    }
}
