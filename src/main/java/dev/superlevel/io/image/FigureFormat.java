package dev.superlevel.io.image;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats of an exported figure and of an animation, chosen by the file name's extension
 * (case-insensitive). Anything else is refused with a message naming the accepted extensions, never
 * written as PNG under a foreign name.
 */
public enum FigureFormat {
    PNG("png", false), SVG("svg", false), PDF("pdf", false), GIF("gif", true), MP4("mp4", true);

    private final String extension;
    private final boolean animation;

    FigureFormat(String extension, boolean animation) {
        this.extension = extension;
        this.animation = animation;
    }

    public String extension() {
        return extension;
    }

    /** True for GIF and MP4. */
    public boolean isAnimation() {
        return animation;
    }

    /**
     * The still-figure format of {@code file}: .png, .svg or .pdf.
     *
     * @throws IllegalArgumentException naming the file and the accepted extensions
     */
    public static FigureFormat ofFigure(Path file) {
        FigureFormat f = byExtension(file);
        if (f == null || f.animation) {
            throw new IllegalArgumentException("cannot write figure " + file
                    + ": unknown format, the file name must end in .png, .svg or .pdf");
        }
        return f;
    }

    /**
     * The animation format of {@code file}: .gif or .mp4.
     *
     * @throws IllegalArgumentException naming the file and the accepted extensions
     */
    public static FigureFormat ofAnimation(Path file) {
        FigureFormat f = byExtension(file);
        if (f == null || !f.animation) {
            throw new IllegalArgumentException("cannot write animation " + file
                    + ": unknown format, the file name must end in .gif or .mp4");
        }
        return f;
    }

    /** The format whose extension {@code file} has, or null. */
    public static FigureFormat byExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FigureFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }
}
