package dev.superlevel.render.surface3d;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.render.LandscapeScene;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * THE 3-D surface figure, drawn by software into an ARGB raster: shared by the app's 3-D view and export
 * and the CLI's {@code render --figure surface}, so they give the same pixels.
 *
 * <p>Why software: JavaFX's hardware 3-D (SubScene, MeshView) is unavailable in the software pipeline the
 * headless tests use (Monocle: {@code ConditionalFeature.SCENE3D} is false) and under plain Xvfb, and it
 * could not draw the CLI's figure without a display. Plain java.awt and an int raster run everywhere and
 * make export = screen.
 *
 * <p>Pipeline (each stage cached while its inputs are unchanged, compared by identity for the field and
 * labels and by value for everything else):
 * <ol>
 *   <li>mesh: the field decimated to ≤ {@value SurfaceMesh#MAX_SIDE}² vertices at the {@link HeightMap}'s
 *       heights (field, height settings);</li>
 *   <li>geometry: the fitted orthographic {@link Camera}, projected vertices, the z-buffer with triangle
 *       ids and barycentric weights ({@link GeometryBuffer}), Lambert intensities and the floor grid
 *       (mesh, angles, zoom, size); rasterised in two row bands on two threads;</li>
 *   <li>colours: the map's ARGB per sample, exactly as the 2-D map ({@link LandscapeRaster#heatmap} then
 *       {@link LandscapeRaster#shade}) but without its iso-lines, lit per vertex; re-shading the cached geometry is all a λ change
 *       costs, plus the overlays and labels.</li>
 * </ol>
 * One instance is not thread-safe (the app keeps one per render thread); {@link #render(LandscapeScene,
 * SurfaceView, int, int, double)} on a fresh instance is what the CLI does.
 */
public final class SurfaceRenderer {

    private static final int BANDS = 2;

    private MeshKey meshKey;
    private SurfaceBox box;
    private SurfaceMesh mesh;
    private GeometryKey geometryKey;
    private SurfaceLayout layout;
    private Camera camera;
    private GeometryBuffer geometry;
    private int[] intensities;
    private int[] background;
    private HeatKey heatKey;
    private int[] heatArgb;
    private ShadeKey shadeKey;
    private int[] vertexArgb;
    private int lastPlanePixels;

    /** Draws the figure of {@code scene} seen through {@code view} into a new image (a fresh renderer). */
    public static BufferedImage render(LandscapeScene scene, SurfaceView view, int width, int height, double scale) {
        return new SurfaceRenderer().draw(scene, view, width, height, scale);
    }

    /**
     * Draws the figure into a new {@code width × height} ARGB image, text and lines {@code scale} times
     * their 1× size, reusing whatever the previous call computed that is still valid.
     */
    public BufferedImage draw(LandscapeScene scene, SurfaceView view, int width, int height, double scale) {
        SurfaceLayout.checkSize(width, height, scale);
        SampledField field = scene.field();
        if (!(field.max() >= field.min())) {
            throw new IllegalArgumentException("surface: the loss is undefined at every sample, nothing to draw");
        }
        prepareMesh(field, view);
        prepareGeometry(scene, view, width, height, scale);
        prepareColours(scene);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] frame = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(background, 0, frame, 0, frame.length);
        int[] faces = mesh.faces();
        IntStream.range(0, BANDS).parallel().forEach(b -> geometry.shade(faces, vertexArgb, frame,
                band(b, height)[0], band(b, height)[1]));
        lastPlanePixels = SurfaceOverlays.draw(new OverlayPainter(geometry, frame), scene, box, camera, scale);
        layout.drawFront(image, scene, box, camera);
        return image;
    }

    /** How many pixels the λ plane tinted in the last frame (0 when λ is outside the shown height range). */
    public int lastPlanePixels() {
        return lastPlanePixels;
    }

    /** The camera of the last frame (for tests and picking). */
    public Camera lastCamera() {
        return camera;
    }

    private void prepareMesh(SampledField field, SurfaceView view) {
        HeightMap heights = HeightMap.of(field.min(), field.max(), view);
        MeshKey key = new MeshKey(field, heights);
        if (!key.equals(meshKey)) {
            box = SurfaceBox.of(field.spec().domain(), heights);
            mesh = SurfaceMesh.build(field, box, SurfaceMesh.MAX_SIDE);
            meshKey = key;
            geometryKey = null;
        }
    }

    private void prepareGeometry(LandscapeScene scene, SurfaceView view, int width, int height, double scale) {
        GeometryKey key = new GeometryKey(view.azimuth(), view.elevation(), view.zoom(), width, height, scale,
                scene.style(), scene.formula().isBlank(), scene.scale(), scene.colormap());
        if (key.equals(geometryKey)) {
            return;
        }
        layout = SurfaceLayout.of(scene, width, height, scale);
        camera = layout.fitCamera(view, box);
        int n = mesh.vertexCount();
        float[] sx = new float[n];
        float[] sy = new float[n];
        float[] depth = new float[n];
        camera.project(mesh.xs(), mesh.ys(), mesh.zs(), n, sx, sy, depth);
        if (geometry == null || geometry.width() != width || geometry.height() != height) {
            geometry = new GeometryBuffer(width, height);
        } else {
            geometry.clear();
        }
        int[] faces = mesh.faces();
        IntStream.range(0, BANDS).parallel().forEach(b -> geometry.rasterize(sx, sy, depth, faces,
                band(b, height)[0], band(b, height)[1]));
        intensities = SurfaceShading.intensities(mesh, SurfaceShading.light(camera));
        background = layout.background(box, camera, scene);
        geometryKey = key;
    }

    private void prepareColours(LandscapeScene scene) {
        SampledField field = scene.field();
        HeatKey heat = new HeatKey(field, scene.scale(), scene.colormap());
        if (!heat.equals(heatKey)) {
            // no iso-lines in 3-D: the relief and the lighting show the levels, and one-sample-wide lines would
            // break into dashes on the decimated mesh
            heatArgb = LandscapeRaster.heatmap(field, scene.scale(), 0, scene.colormap());
            heatKey = heat;
            shadeKey = null;
        }
        ShadeKey key = new ShadeKey(scene.labels(), scene.shadeAlpha(), intensities);
        if (key.equals(shadeKey)) {
            return;
        }
        int[] map = heatArgb;
        if (scene.labels() != null) {
            map = new int[heatArgb.length];
            LandscapeRaster.shade(heatArgb, scene.labels(), field.nx(), field.ny(), scene.shadeAlpha(), map);
        }
        vertexArgb = SurfaceShading.litColours(mesh, field.nx(), field.ny(), map, intensities,
                new int[mesh.vertexCount()]);
        shadeKey = key;
    }

    /** Rows [start, end) of band b of {@value #BANDS}. */
    private static int[] band(int b, int height) {
        return new int[] {b * height / BANDS, (b + 1) * height / BANDS};
    }

    private record MeshKey(SampledField field, HeightMap heights) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MeshKey k && k.field == field && k.heights.equals(heights);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(field) * 31 + heights.hashCode();
        }
    }

    /** What the geometry and the background layer (floor grid, colour bar) depend on. */
    private record GeometryKey(double azimuth, double elevation, double zoom, int width, int height, double scale,
            Object style, boolean noFormula, ColorScale colorScale, Colormap colormap) {
    }

    private record HeatKey(SampledField field, ColorScale scale, Colormap colormap) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HeatKey k && k.field == field && k.scale == scale && k.colormap == colormap;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(field), scale, colormap);
        }
    }

    /** The labels and intensities by identity: a new labelling or a new camera means new vertex colours. */
    private record ShadeKey(int[] labels, double alpha, int[] intensities) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ShadeKey k && k.labels == labels && k.alpha == alpha && k.intensities == intensities;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(labels), alpha, System.identityHashCode(intensities));
        }
    }
}
