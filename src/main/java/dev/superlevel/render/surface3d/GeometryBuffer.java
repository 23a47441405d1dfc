package dev.superlevel.render.surface3d;

import java.util.Arrays;

/**
 * The z-buffered result of rasterising a triangle mesh: per pixel the nearest triangle, its depth and
 * the barycentric weights of its 2nd and 3rd corners at the pixel centre. Colours are applied later
 * ({@link #shade}), so a change of colours only (λ, mode, palette) re-shades this buffer instead of
 * projecting and rasterising the mesh again.
 *
 * <p>Coverage rule: pixel (px, py) is covered by a triangle when its centre (px + ½, py + ½) lies inside,
 * or on an edge that is "top-left" in the sense of the edge vector (dx, dy) having dy &gt; 0, or dy = 0
 * and dx &lt; 0 (after orienting the triangle counter-clockwise in the edge function's sense). Of the two
 * directions of a shared edge exactly one qualifies, so two triangles sharing an edge never both cover a
 * pixel on it and never both miss it. Depth is interpolated linearly in screen space (exact for the
 * orthographic {@link Camera}); a nearer fragment has a larger depth and wins, the first one on a tie.
 *
 * <p>Not thread-safe in general, but {@link #rasterize} writes only rows [rowStart, rowEnd), so disjoint
 * bands may be filled concurrently.
 */
public final class GeometryBuffer {

    /** Triangle id of a pixel no triangle covers. */
    public static final int EMPTY = -1;

    private final int width;
    private final int height;
    private final float[] depth;
    private final int[] triangle;
    private final float[] weight1;
    private final float[] weight2;

    public GeometryBuffer(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("buffer size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        int n = width * height;
        depth = new float[n];
        triangle = new int[n];
        weight1 = new float[n];
        weight2 = new float[n];
        clear();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Empties every pixel. */
    public void clear() {
        Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        Arrays.fill(triangle, EMPTY);
    }

    /** The triangle covering pixel (px, py), or {@link #EMPTY}. */
    public int triangleAt(int px, int py) {
        return triangle[py * width + px];
    }

    /** The depth at pixel (px, py), −∞ when empty. */
    public float depthAt(int px, int py) {
        return depth[py * width + px];
    }

    /** The depth at pixel index {@code py·width + px}. */
    float depthAt(int index) {
        return depth[index];
    }

    /**
     * Rasterises the triangles {@code faces} (3 vertex indices each) with screen positions sx, sy and
     * depths, keeping the nearest per pixel, in pixel rows [rowStart, rowEnd).
     */
    public void rasterize(float[] sx, float[] sy, float[] sz, int[] faces, int rowStart, int rowEnd) {
        int triangles = faces.length / 3;
        for (int t = 0; t < triangles; t++) {
            int a = faces[3 * t];
            int b = faces[3 * t + 1];
            int c = faces[3 * t + 2];
            triangle(t, sx[a], sy[a], sz[a], sx[b], sy[b], sz[b], sx[c], sy[c], sz[c], rowStart, rowEnd);
        }
    }

    private void triangle(int id, double ax, double ay, double az, double bx, double by, double bz, double cx,
            double cy, double cz, int rowStart, int rowEnd) {
        // rows whose centres can be inside: cheap rejection first, each band sees every triangle
        int y0 = Math.max(rowStart, floor(Math.min(ay, Math.min(by, cy)) - 0.5));
        int y1 = Math.min(rowEnd - 1, ceil(Math.max(ay, Math.max(by, cy)) - 0.5));
        if (y0 > y1) {
            return;
        }
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (!(area != 0)) {
            return; // degenerate or NaN
        }
        boolean flipped = area < 0;
        if (flipped) {
            // orient so that area > 0; the weights are swapped back when stored
            double tx = bx;
            double ty = by;
            double tz = bz;
            bx = cx;
            by = cy;
            bz = cz;
            cx = tx;
            cy = ty;
            cz = tz;
            area = -area;
        }
        int x0 = Math.max(0, floor(Math.min(ax, Math.min(bx, cx)) - 0.5));
        int x1 = Math.min(width - 1, ceil(Math.max(ax, Math.max(bx, cx)) - 0.5));
        if (x0 > x1) {
            return;
        }
        // edge functions: w0 = E(b→c) weighs a, w1 = E(c→a) weighs b, w2 = E(a→b) weighs c
        boolean in0 = isTopLeft(cx - bx, cy - by);
        boolean in1 = isTopLeft(ax - cx, ay - cy);
        boolean in2 = isTopLeft(bx - ax, by - ay);
        double inv = 1 / area;
        for (int py = y0; py <= y1; py++) {
            double y = py + 0.5;
            double x = x0 + 0.5;
            double w0 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
            double w1 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
            double w2 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
            double d0 = -(cy - by);
            double d1 = -(ay - cy);
            double d2 = -(by - ay);
            int row = py * width;
            for (int px = x0; px <= x1; px++, w0 += d0, w1 += d1, w2 += d2) {
                if (inside(w0, in0) && inside(w1, in1) && inside(w2, in2)) {
                    double z = (w0 * az + w1 * bz + w2 * cz) * inv;
                    int p = row + px;
                    if (z > depth[p]) {
                        depth[p] = (float) z;
                        triangle[p] = id;
                        // stored weights are those of the triangle's own 2nd and 3rd corners
                        weight1[p] = (float) ((flipped ? w2 : w1) * inv);
                        weight2[p] = (float) ((flipped ? w1 : w2) * inv);
                    }
                }
            }
        }
    }

    /** ⌊v⌋ for screen coordinates (clamped to the int range by the cast), without Math.floor's slow path. */
    static int floor(double v) {
        int i = (int) v;
        return v < i ? i - 1 : i;
    }

    /** ⌈v⌉ likewise. */
    static int ceil(double v) {
        int i = (int) v;
        return v > i ? i + 1 : i;
    }

    private static boolean inside(double w, boolean topLeft) {
        return w > 0 || w == 0 && topLeft;
    }

    private static boolean isTopLeft(double dx, double dy) {
        return dy > 0 || dy == 0 && dx < 0;
    }

    /**
     * Writes the colour of every covered pixel in rows [rowStart, rowEnd) of {@code out} (ARGB, the
     * buffer's size): the barycentric blend of the covering triangle's three vertex colours
     * {@code vertexArgb}; uncovered pixels are left as they are.
     */
    public void shade(int[] faces, int[] vertexArgb, int[] out, int rowStart, int rowEnd) {
        for (int p = rowStart * width, end = rowEnd * width; p < end; p++) {
            int t = triangle[p];
            if (t == EMPTY) {
                continue;
            }
            float w1 = weight1[p];
            float w2 = weight2[p];
            float w0 = 1 - w1 - w2;
            int ca = vertexArgb[faces[3 * t]];
            int cb = vertexArgb[faces[3 * t + 1]];
            int cc = vertexArgb[faces[3 * t + 2]];
            int r = channel(ca, cb, cc, 16, w0, w1, w2);
            int g = channel(ca, cb, cc, 8, w0, w1, w2);
            int b = channel(ca, cb, cc, 0, w0, w1, w2);
            out[p] = 0xFF000000 | r << 16 | g << 8 | b;
        }
    }

    private static int channel(int ca, int cb, int cc, int shift, float w0, float w1, float w2) {
        float v = w0 * (ca >> shift & 0xFF) + w1 * (cb >> shift & 0xFF) + w2 * (cc >> shift & 0xFF) + 0.5f;
        return Math.max(0, Math.min(255, (int) v));
    }
}
