/**
 * The 3-D surface figure, rendered in software (java.awt and an int raster, no JavaFX) so the app, its
 * export and the CLI give the same pixels: {@link dev.superlevel.render.surface3d.SurfaceMesh} (the decimated
 * mesh), {@link dev.superlevel.render.surface3d.Camera} (orthographic orbit),
 * {@link dev.superlevel.render.surface3d.GeometryBuffer} (z-buffered triangles),
 * {@link dev.superlevel.render.surface3d.SurfaceRenderer} (the cached pipeline and the figure).
 */
package dev.superlevel.render.surface3d;
