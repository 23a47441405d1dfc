package dev.superlevel.render;

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

    /** The figure of {@code scene}: its landscape alone, the composite, or the landscape profile. */
    public BufferedImage render(CompositeScene scene) {
        return switch (kind) {
            case COMPOSITE -> CompositeFigureRenderer.render(scene, width, height, scale);
            case PROFILE -> ProfileFigureRenderer.render(scene.landscape(), width, height, scale);
            case LANDSCAPE -> FigureRenderer.render(scene.landscape(), width, height, scale);
            case BASINS -> throw new IllegalArgumentException("the basins figure runs the optimizers from every "
                    + "lattice start: draw it with BasinsFigureRenderer (CLI: render --figure basins)");
        };
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
