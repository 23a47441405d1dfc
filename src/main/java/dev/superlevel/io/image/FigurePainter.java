package dev.superlevel.io.image;

import java.awt.Graphics2D;

/**
 * Draws a whole figure through {@link Graphics2D} into a user space of the figure's size in pixels. Every
 * figure kind (landscape, composite, charts, and any kind added later) reaches SVG and PDF through one of
 * these, so the vector writers never need to know what they draw.
 */
@FunctionalInterface
public interface FigurePainter {
    void paint(Graphics2D g);
}
