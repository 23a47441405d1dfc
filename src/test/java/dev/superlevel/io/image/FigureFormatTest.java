package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

class FigureFormatTest {

    @Test
    void extensionsChooseTheFormatIgnoringCase() {
        assertEquals(FigureFormat.PNG, FigureFormat.ofFigure(Path.of("a/fig.png")));
        assertEquals(FigureFormat.SVG, FigureFormat.ofFigure(Path.of("fig.SVG")));
        assertEquals(FigureFormat.PDF, FigureFormat.ofFigure(Path.of("fig.Pdf")));
        assertEquals(FigureFormat.GIF, FigureFormat.ofAnimation(Path.of("a.gif")));
        assertEquals(FigureFormat.MP4, FigureFormat.ofAnimation(Path.of("a.MP4")));
        assertNull(FigureFormat.byExtension(Path.of("session.json")));
    }

    @Test
    void unknownOrMisplacedExtensionsNameTheAcceptedOnes() {
        IllegalArgumentException svgz = assertThrows(IllegalArgumentException.class,
                () -> FigureFormat.ofFigure(Path.of("fig.svgz")));
        assertEquals("cannot write figure fig.svgz: unknown format, the file name must end in .png, .svg or .pdf",
                svgz.getMessage());
        IllegalArgumentException gifAsFigure = assertThrows(IllegalArgumentException.class,
                () -> FigureFormat.ofFigure(Path.of("fig.gif")));
        assertEquals("cannot write figure fig.gif: unknown format, the file name must end in .png, .svg or .pdf",
                gifAsFigure.getMessage());
        IllegalArgumentException avi = assertThrows(IllegalArgumentException.class,
                () -> FigureFormat.ofAnimation(Path.of("a.avi")));
        assertEquals("cannot write animation a.avi: unknown format, the file name must end in .gif or .mp4",
                avi.getMessage());
    }
}
