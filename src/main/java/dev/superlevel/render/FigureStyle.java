package dev.superlevel.render;

import java.awt.Color;

/** Colours of the figure around the plot: a light style for print and a dark one for screens. */
public enum FigureStyle {
    LIGHT(new Color(0xFFFFFF), new Color(0x222222), new Color(0x666666)),
    DARK(new Color(0x1E1F22), new Color(0xE6E6E6), new Color(0xA0A0A0));

    private final Color background;
    private final Color foreground;
    private final Color muted;

    FigureStyle(Color background, Color foreground, Color muted) {
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
    }

    public Color background() {
        return background;
    }

    /** Text, axes and frame. */
    public Color foreground() {
        return foreground;
    }

    /** Secondary text (the caption's second line). */
    public Color muted() {
        return muted;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code light} or {@code dark} (case-insensitive). */
    public static FigureStyle parse(String name) {
        for (FigureStyle s : values()) {
            if (s.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown style '" + name + "' (expected light or dark)");
    }
}
