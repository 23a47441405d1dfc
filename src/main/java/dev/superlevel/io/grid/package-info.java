/**
 * Writers of the sampled grid for other tools ({@code sample}, File ▸ Export 3-D ▸ Surface): VTK XML image data
 * ({@code .vti}), NumPy ({@code .npy}, the bare layout of SPEC §3.1 that the {@code .npy} reader in
 * {@code io.surface} reads back), CSV, and the 3-D view's mesh as {@code .obj} and binary {@code .stl}.
 * {@link dev.superlevel.io.grid.SurfaceExport} picks the writer by extension.
 */
package dev.superlevel.io.grid;
