package dev.superlevel.render;

import dev.superlevel.render.surface3d.SurfaceRenderer;
import dev.superlevel.render.surface3d.SurfaceView;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * How a figure is drawn: its kind, size in pixels and scale (text and lines are {@code scale} times
 * their 1× size; 2 for print). Together with the scene it fixes every pixel, so it is stored next to the
 * session in an exported PNG and a re-render needs no flags. Validated like {@link FigureRenderer}.
 *
 * @param surface camera and height settings of the {@link FigureKind#SURFACE} figure (ignored by the others;
 *     null means {@link SurfaceView#defaults()})
 */
public record FigureSpec(FigureKind kind, int width, int height, double scale, SurfaceView surface) {

    /** Smallest side of any exported image (figure or chart), in pixels: the app, the CLI and PNG chunks. */
    public static final int MIN_SIDE = 64;
    /** Largest side of any exported image, in pixels (a 16384² ARGB raster is 1 GiB). */
    public static final int MAX_SIDE = 16384;

    public FigureSpec {
        if (kind == null) {
            throw new IllegalArgumentException("figure kind is missing");
        }
        FigureRenderer.checkSize(width, height, scale);
        surface = surface == null ? SurfaceView.defaults() : surface;
    }

    /** A figure with the default surface view. */
    public FigureSpec(FigureKind kind, int width, int height, double scale) {
        this(kind, width, height, scale, null);
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
            case SURFACE -> SurfaceRenderer.render(scene.landscape(), surface, width, height, scale);
            case PATH_LOSS -> PathLossFigureRenderer.render(scene, width, height, scale);
        };
    }

    /**
     * Draws the figure of {@code scene} into {@code g}, whose user space is {@code width × height} pixels
     * (1 unit = 1 pixel = 1 pt in a vector file): the same drawing calls as {@link #render}, for SVG and PDF.
     */
    public void paint(Graphics2D g, CompositeScene scene) {
        if (kind == FigureKind.SURFACE) {
            // the 3-D surface is a software-rendered raster: embedded as one image (axes and labels included)
            g.drawImage(render(scene), 0, 0, null);
            return;
        }
        g.scale(scale, scale);
        Rectangle2D area = new Rectangle2D.Double(0, 0, width / scale, height / scale);
        switch (kind) {
            case COMPOSITE -> CompositeFigureRenderer.draw(g, scene, area);
            case PROFILE -> ProfileFigureRenderer.draw(g, scene.landscape(),
                    ProfileFigureRenderer.profileOf(scene.landscape()), -1, area);
            case BASINS -> throw new IllegalArgumentException("the basins figure runs the optimizers from every "
                    + "lattice start: draw it with BasinsFigureRenderer (CLI: render --figure basins)");
            case PATH_LOSS -> PathLossFigureRenderer.draw(g, PathLossFigureRenderer.requirePaths(scene),
                    scene.landscape().style(), area);
            default -> FigureRenderer.draw(g, scene.landscape(), area);
        }
    }

    public FigureSpec withKind(FigureKind newKind) {
        return new FigureSpec(newKind, width, height, scale, surface);
    }

    public FigureSpec withSize(int newWidth, int newHeight) {
        return new FigureSpec(kind, newWidth, newHeight, scale, surface);
    }

    public FigureSpec withScale(double newScale) {
        return new FigureSpec(kind, width, height, newScale, surface);
    }

    public FigureSpec withSurface(SurfaceView newSurface) {
        return new FigureSpec(kind, width, height, scale, newSurface);
    }
}
