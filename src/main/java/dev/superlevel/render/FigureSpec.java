package dev.superlevel.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * How a figure is drawn: its kind, size in pixels and scale (text and lines are {@code scale} times
 * their 1× size; 2 for print). Together with the scene it fixes every pixel, so it is stored next to the
 * session in an exported PNG and a re-render needs no flags. Validated like {@link FigureRenderer}.
 */
public record FigureSpec(FigureKind kind, int width, int height, double scale) {

    public FigureSpec {
        if (kind == null) {
            throw new IllegalArgumentException("figure kind is missing");
        }
        FigureRenderer.checkSize(width, height, scale);
    }

    /** 1200×900 for the landscape, 1600×900 for the composite, scale 1. */
    public static FigureSpec defaults(FigureKind kind) {
        return kind == FigureKind.COMPOSITE ? new FigureSpec(kind, 1600, 900, 1) : new FigureSpec(kind, 1200, 900, 1);
    }

    /** The figure of {@code scene}: its landscape alone, or the composite. */
    public BufferedImage render(CompositeScene scene) {
        return kind == FigureKind.COMPOSITE ? CompositeFigureRenderer.render(scene, width, height, scale)
                : FigureRenderer.render(scene.landscape(), width, height, scale);
    }

    /**
     * Draws the figure of {@code scene} into {@code g}, whose user space is {@code width × height} pixels
     * (1 unit = 1 pixel = 1 pt in a vector file): the same drawing calls as {@link #render}, for SVG and PDF.
     */
    public void paint(Graphics2D g, CompositeScene scene) {
        g.scale(scale, scale);
        Rectangle2D area = new Rectangle2D.Double(0, 0, width / scale, height / scale);
        if (kind == FigureKind.COMPOSITE) {
            CompositeFigureRenderer.draw(g, scene, area);
        } else {
            FigureRenderer.draw(g, scene.landscape(), area);
        }
    }

    public FigureSpec withKind(FigureKind newKind) {
        return new FigureSpec(newKind, width, height, scale);
    }

    public FigureSpec withSize(int newWidth, int newHeight) {
        return new FigureSpec(kind, newWidth, newHeight, scale);
    }

    public FigureSpec withScale(double newScale) {
        return new FigureSpec(kind, width, height, newScale);
    }
}
