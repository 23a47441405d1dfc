package dev.superlevel.render;

import java.awt.image.BufferedImage;

/**
 * How a figure is drawn: its kind, size in pixels and scale (text and lines are {@code scale} times
 * their 1× size; 2 for print). Together with the scene it fixes every pixel, so it is stored next to the
 * session in an exported PNG and a re-render needs no flags. Validated like {@link FigureRenderer}.
 */
public record FigureSpec(FigureKind kind, int width, int height, double scale) {

    /** Smallest side of any exported image (figure or chart), in pixels: the app, the CLI and PNG chunks. */
    public static final int MIN_SIDE = 64;
    /** Largest side of any exported image, in pixels (a 16384² ARGB raster is 1 GiB). */
    public static final int MAX_SIDE = 16384;

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
