package dev.superlevel.render.surface3d;

/**
 * Draws depth-tested overlays into an ARGB frame over a rasterised surface: the translucent λ plane,
 * lines lying on the surface (the λ contour, the runs) and markers. Overlays test against the surface's
 * depth but do not write it, so they hide behind nearer parts of the surface and never hide each other.
 * A fragment passes when {@code depth + bias ≥ surface depth} (or no surface is there); the bias, in world
 * units, lifts lines that lie on the surface itself above it. Stateless apart from the frame it draws in;
 * not thread-safe.
 */
public final class OverlayPainter {

    private final GeometryBuffer geometry;
    private final int[] frame;
    private final int width;
    private final int height;

    /** A painter into {@code frame} (width·height ARGB) over the surface in {@code geometry}. */
    public OverlayPainter(GeometryBuffer geometry, int[] frame) {
        if (frame.length != geometry.width() * geometry.height()) {
            throw new IllegalArgumentException("frame has " + frame.length + " pixels, buffer "
                    + geometry.width() * geometry.height());
        }
        this.geometry = geometry;
        this.frame = frame;
        this.width = geometry.width();
        this.height = geometry.height();
    }

    /**
     * Blends {@code argb} at opacity {@code alpha} over every pixel of the convex quadrilateral (screen
     * corners with depths, in order) that is nearer than the surface: the λ plane, tinting the surface
     * below it. Pixel coverage follows the centre rule of {@link GeometryBuffer}.
     *
     * @return the number of pixels tinted
     */
    public int plane(double[] sx, double[] sy, double[] depth, int argb, double alpha) {
        return planeTriangle(sx, sy, depth, 0, 1, 2, argb, alpha) + planeTriangle(sx, sy, depth, 0, 2, 3, argb, alpha);
    }

    private int planeTriangle(double[] sx, double[] sy, double[] sz, int a, int b, int c, int argb, double alpha) {
        double ax = sx[a];
        double ay = sy[a];
        double bx = sx[b];
        double by = sy[b];
        double cx = sx[c];
        double cy = sy[c];
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (!(area != 0)) {
            return 0;
        }
        double sign = Math.signum(area);
        int x0 = Math.max(0, GeometryBuffer.floor(Math.min(ax, Math.min(bx, cx)) - 0.5));
        int x1 = Math.min(width - 1, GeometryBuffer.ceil(Math.max(ax, Math.max(bx, cx)) - 0.5));
        int y0 = Math.max(0, GeometryBuffer.floor(Math.min(ay, Math.min(by, cy)) - 0.5));
        int y1 = Math.min(height - 1, GeometryBuffer.ceil(Math.max(ay, Math.max(by, cy)) - 0.5));
        int a256 = (int) Math.round(alpha * 256);
        double inv = 1 / (sign * area);
        // the shared diagonal 0–2 (weight w1 in the first triangle, w2 in the second) belongs to the first
        boolean first = c == 2;
        int tinted = 0;
        for (int py = y0; py <= y1; py++) {
            double y = py + 0.5;
            double x = x0 + 0.5;
            double w0 = sign * ((cx - bx) * (y - by) - (cy - by) * (x - bx));
            double w1 = sign * ((ax - cx) * (y - cy) - (ay - cy) * (x - cx));
            double w2 = sign * ((bx - ax) * (y - ay) - (by - ay) * (x - ax));
            double d0 = -sign * (cy - by);
            double d1 = -sign * (ay - cy);
            double d2 = -sign * (by - ay);
            for (int px = x0; px <= x1; px++, w0 += d0, w1 += d1, w2 += d2) {
                boolean in = w0 >= 0 && (first ? w1 >= 0 && w2 >= 0 : w1 >= 0 && w2 > 0);
                if (!in) {
                    continue;
                }
                double z = (w0 * sz[a] + w1 * sz[b] + w2 * sz[c]) * inv;
                int p = py * width + px;
                if (z >= geometry.depthAt(p)) {
                    frame[p] = blend(frame[p], argb, a256);
                    tinted++;
                }
            }
        }
        return tinted;
    }

    /**
     * A line of {@code thickness} pixels from (x0, y0) to (x1, y1) with depths d0, d1, drawn where it is
     * not behind the surface by more than {@code bias}.
     */
    public void line(double x0, double y0, double d0, double x1, double y1, double d1, int argb, double thickness,
            double bias) {
        if (!Double.isFinite(x0 + y0 + d0 + x1 + y1 + d1)) {
            return;
        }
        double length = Math.hypot(x1 - x0, y1 - y0);
        int steps = Math.max(1, (int) Math.ceil(length * 2));
        if (steps > 4 * (width + height)) {
            return; // far off screen: nothing to see
        }
        double r = thickness / 2;
        for (int s = 0; s <= steps; s++) {
            double f = (double) s / steps;
            dot(x0 + f * (x1 - x0), y0 + f * (y1 - y0), d0 + f * (d1 - d0), r, argb, bias);
        }
    }

    /** A filled disc of radius r pixels centred at (x, y) with depth d, drawn where not hidden. */
    public void dot(double x, double y, double d, double r, int argb, double bias) {
        int px0 = Math.max(0, (int) Math.floor(x - r));
        int px1 = Math.min(width - 1, (int) Math.ceil(x - 1 + r));
        int py0 = Math.max(0, (int) Math.floor(y - r));
        int py1 = Math.min(height - 1, (int) Math.ceil(y - 1 + r));
        double r2 = r * r;
        for (int py = py0; py <= py1; py++) {
            double dy = py + 0.5 - y;
            for (int px = px0; px <= px1; px++) {
                double dx = px + 0.5 - x;
                int p = py * width + px;
                if (dx * dx + dy * dy <= r2 && d + bias >= geometry.depthAt(p)) {
                    frame[p] = argb;
                }
            }
        }
    }

    /** True when the point (x, y) with depth d is on screen and not hidden by the surface (with the bias). */
    public boolean isVisible(double x, double y, double d, double bias) {
        int px = (int) Math.floor(x);
        int py = (int) Math.floor(y);
        return px >= 0 && py >= 0 && px < width && py < height && d + bias >= geometry.depthAt(py * width + px);
    }

    /** (1 − a)·under + a·over per channel, a = a256/256; the result is opaque. */
    static int blend(int under, int over, int a256) {
        int keep = 256 - a256;
        int rb = (under & 0xFF00FF) * keep + (over & 0xFF00FF) * a256 >>> 8 & 0xFF00FF;
        int g = (under & 0x00FF00) * keep + (over & 0x00FF00) * a256 >>> 8 & 0x00FF00;
        return 0xFF000000 | rb | g;
    }
}
