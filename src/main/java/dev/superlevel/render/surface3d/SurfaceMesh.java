package dev.superlevel.render.surface3d;

import dev.superlevel.core.grid.SampledField;

/**
 * The triangle mesh of a sampled loss, in world coordinates ({@link SurfaceBox}).
 *
 * <p>The field is decimated for the mesh to at most {@code maxSide} vertices per side (never for the
 * topology, which always uses the full field): vertex column k takes field column
 * i(k) = round(k·(nx − 1)/(mx − 1)), so both borders are kept. Vertex (k, l) has index l·mx + k
 * (l = 0 is ymin, like the field). Each cell whose four corners are defined becomes two triangles
 * <pre>
 *   v01 ---- v11        (v00, v10, v11) and (v00, v11, v01)
 *    |     / |
 *    |   /   |          a cell with an undefined corner makes none: undefined samples leave holes
 *   v00 ---- v10
 * </pre>
 * Vertex normals are the unit vectors (−∂Z/∂X, −∂Z/∂Y, 1), the slopes taken by central differences over
 * the defined neighbours (one-sided at borders and next to holes, 0 with no defined neighbour).
 * The arrays are owned by the mesh and must not be modified; read-only use is thread-safe.
 */
public final class SurfaceMesh {

    /** The largest mesh side used by the app and the CLI. */
    public static final int MAX_SIDE = 256;

    private final int mx;
    private final int my;
    private final int[] source;
    private final float[] xs;
    private final float[] ys;
    private final float[] zs;
    private final float[] normals;
    private final int[] faces;

    private SurfaceMesh(int mx, int my, int[] source, float[] xs, float[] ys, float[] zs, float[] normals,
            int[] faces) {
        this.mx = mx;
        this.my = my;
        this.source = source;
        this.xs = xs;
        this.ys = ys;
        this.zs = zs;
        this.normals = normals;
        this.faces = faces;
    }

    /** The mesh of {@code field} in {@code box}, decimated to at most {@code maxSide} vertices per side (≥ 2). */
    public static SurfaceMesh build(SampledField field, SurfaceBox box, int maxSide) {
        if (maxSide < 2) {
            throw new IllegalArgumentException("mesh side must be at least 2, got " + maxSide);
        }
        int nx = field.nx();
        int ny = field.ny();
        int mx = Math.min(nx, maxSide);
        int my = Math.min(ny, maxSide);
        int[] columns = decimate(nx, mx);
        int[] rows = decimate(ny, my);
        int n = mx * my;
        int[] source = new int[n];
        float[] xs = new float[n];
        float[] ys = new float[n];
        float[] zs = new float[n];
        double[] values = field.values();
        for (int l = 0; l < my; l++) {
            float y = (float) box.worldY(field.spec().y(rows[l]));
            for (int k = 0; k < mx; k++) {
                int v = l * mx + k;
                source[v] = rows[l] * nx + columns[k];
                xs[v] = (float) box.worldX(field.spec().x(columns[k]));
                ys[v] = y;
                zs[v] = (float) box.worldZ(values[source[v]]);
            }
        }
        return new SurfaceMesh(mx, my, source, xs, ys, zs, normals(mx, my, xs, ys, zs), faces(mx, my, zs));
    }

    /** The indices round(k·(n − 1)/(m − 1)), k = 0..m−1 (all of 0..n−1 when m = n). */
    static int[] decimate(int n, int m) {
        int[] idx = new int[m];
        for (int k = 0; k < m; k++) {
            idx[k] = m == 1 ? 0 : (int) Math.round(k * (double) (n - 1) / (m - 1));
        }
        return idx;
    }

    private static int[] faces(int mx, int my, float[] zs) {
        int count = 0;
        int[] buffer = new int[6 * Math.max(0, mx - 1) * Math.max(0, my - 1)];
        for (int l = 0; l + 1 < my; l++) {
            for (int k = 0; k + 1 < mx; k++) {
                int v00 = l * mx + k;
                int v10 = v00 + 1;
                int v01 = v00 + mx;
                int v11 = v01 + 1;
                if (Float.isNaN(zs[v00]) || Float.isNaN(zs[v10]) || Float.isNaN(zs[v01]) || Float.isNaN(zs[v11])) {
                    continue;
                }
                buffer[count++] = v00;
                buffer[count++] = v10;
                buffer[count++] = v11;
                buffer[count++] = v00;
                buffer[count++] = v11;
                buffer[count++] = v01;
            }
        }
        return java.util.Arrays.copyOf(buffer, count);
    }

    private static float[] normals(int mx, int my, float[] xs, float[] ys, float[] zs) {
        float[] normals = new float[3 * mx * my];
        for (int l = 0; l < my; l++) {
            for (int k = 0; k < mx; k++) {
                int v = l * mx + k;
                double dzdx = slope(zs, xs, v, k > 0 ? v - 1 : -1, k + 1 < mx ? v + 1 : -1);
                double dzdy = slope(zs, ys, v, l > 0 ? v - mx : -1, l + 1 < my ? v + mx : -1);
                double norm = Math.sqrt(dzdx * dzdx + dzdy * dzdy + 1);
                normals[3 * v] = (float) (-dzdx / norm);
                normals[3 * v + 1] = (float) (-dzdy / norm);
                normals[3 * v + 2] = (float) (1 / norm);
            }
        }
        return normals;
    }

    /** ∂z/∂t at vertex v from its defined neighbours {@code before} and {@code after} (−1 for none). */
    private static double slope(float[] zs, float[] ts, int v, int before, int after) {
        boolean hasBefore = before >= 0 && !Float.isNaN(zs[before]);
        boolean hasAfter = after >= 0 && !Float.isNaN(zs[after]);
        if (hasBefore && hasAfter) {
            return (zs[after] - zs[before]) / (double) (ts[after] - ts[before]);
        }
        if (Float.isNaN(zs[v])) {
            return 0;
        }
        if (hasAfter) {
            return (zs[after] - zs[v]) / (double) (ts[after] - ts[v]);
        }
        if (hasBefore) {
            return (zs[v] - zs[before]) / (double) (ts[v] - ts[before]);
        }
        return 0;
    }

    /** Vertices per row. */
    public int columns() {
        return mx;
    }

    /** Vertex rows. */
    public int rows() {
        return my;
    }

    /** Number of vertices, columns·rows. */
    public int vertexCount() {
        return mx * my;
    }

    /** Number of triangles. */
    public int triangleCount() {
        return faces.length / 3;
    }

    /** The field index (j·nx + i) of the sample behind vertex v. */
    public int source(int v) {
        return source[v];
    }

    public float x(int v) {
        return xs[v];
    }

    public float y(int v) {
        return ys[v];
    }

    /** World Z of vertex v, NaN when its sample is undefined. */
    public float z(int v) {
        return zs[v];
    }

    /** Component c (0 = x, 1 = y, 2 = z) of vertex v's unit normal. */
    public float normal(int v, int c) {
        return normals[3 * v + c];
    }

    /** Vertex c (0..2) of triangle t. */
    public int corner(int t, int c) {
        return faces[3 * t + c];
    }

    int[] faces() {
        return faces;
    }

    float[] xs() {
        return xs;
    }

    float[] ys() {
        return ys;
    }

    float[] zs() {
        return zs;
    }

    int[] sources() {
        return source;
    }
}
