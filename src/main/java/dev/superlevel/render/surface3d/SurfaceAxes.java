package dev.superlevel.render.surface3d;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.render.ColorBar;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.Ticks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.Arrays;

/**
 * The box's axes: a floor grid behind the surface, and in front of it the x axis along the nearer floor
 * edge parallel to x, the y axis along the nearer edge parallel to y, and the L axis up the floor corner
 * that is leftmost on screen, each with ticks by the project's rule ({@link Ticks#linear}; on a log height
 * the decades of {@link ColorBar#ticks}) and short labels ({@link Ticks#format}). Draws in logical units:
 * screen pixels divided by {@code scale}. Stateless.
 */
final class SurfaceAxes {

    private static final double TICK = 5;

    private SurfaceAxes() {
    }

    /** The faint floor grid and back edges, drawn before the surface so that it hides them. */
    static void drawBack(Graphics2D g, SurfaceBox box, Camera cam, double scale, FigureStyle style) {
        double z = box.heights().floorZ();
        Domain d = box.domain();
        g.setStroke(new BasicStroke(1f));
        Color grid = style == FigureStyle.DARK ? new Color(0x3A3C40) : new Color(0xE2E2E2);
        g.setColor(grid);
        for (double x : xTicks(d)) {
            double wx = box.worldX(x);
            line(g, cam, scale, wx, -box.halfY(), z, wx, box.halfY(), z);
        }
        for (double y : yTicks(d)) {
            double wy = box.worldY(y);
            line(g, cam, scale, -box.halfX(), wy, z, box.halfX(), wy, z);
        }
        g.setColor(style.muted());
        double[] back = farCorner(box, cam);
        line(g, cam, scale, back[0], back[1], z, back[0], back[1], -z);
        double[][] c = floorCorners(box);
        for (int k = 0; k < 4; k++) {
            double[] p = c[k];
            double[] q = c[(k + 1) % 4];
            line(g, cam, scale, p[0], p[1], z, q[0], q[1], z);
        }
    }

    /** The axes with ticks and labels, drawn over the surface. */
    static void drawFront(Graphics2D g, SurfaceBox box, Camera cam, double scale, FigureStyle style, Font font) {
        g.setFont(font);
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(style.foreground());
        Domain d = box.domain();
        double z = box.heights().floorZ();
        double[] centre = {cam.screenX(0, 0, z) / scale, cam.screenY(0, 0, z) / scale};
        double yEdge = nearer(cam, 0, -box.halfY(), z, 0, box.halfY(), z) ? -box.halfY() : box.halfY();
        double xEdge = nearer(cam, -box.halfX(), 0, z, box.halfX(), 0, z) ? -box.halfX() : box.halfX();
        double[] xs = xTicks(d);
        double[][] xPoints = new double[xs.length][];
        for (int k = 0; k < xs.length; k++) {
            xPoints[k] = new double[] {box.worldX(xs[k]), yEdge, z};
        }
        axis(g, cam, scale, centre, new double[] {-box.halfX(), yEdge, z}, new double[] {box.halfX(), yEdge, z},
                xPoints, labels(xs), "x");
        double[] ys = yTicks(d);
        double[][] yPoints = new double[ys.length][];
        for (int k = 0; k < ys.length; k++) {
            yPoints[k] = new double[] {xEdge, box.worldY(ys[k]), z};
        }
        axis(g, cam, scale, centre, new double[] {xEdge, -box.halfY(), z}, new double[] {xEdge, box.halfY(), z},
                yPoints, labels(ys), "y");
        heightAxis(g, box, cam, scale, centre);
    }

    private static void heightAxis(Graphics2D g, SurfaceBox box, Camera cam, double scale, double[] centre) {
        HeightMap h = box.heights();
        double[] corner = leftCorner(box, cam);
        double[] values = lossTicks(h);
        double[][] points = new double[values.length][];
        String[] text = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            points[k] = new double[] {corner[0], corner[1], h.z(values[k])};
            text[k] = Ticks.format(values[k], h.scale() == ColorScale.LOG ? 2 : 4);
        }
        double[] left = {centre[0] - 1, centre[1]};
        double[] floorPoint = {corner[0], corner[1], h.floorZ()};
        double[] topPoint = {corner[0], corner[1], -h.floorZ()};
        // the L ticks point horizontally away from the box: use a centre to the right of the corner
        double cornerX = cam.screenX(corner[0], corner[1], 0) / scale;
        left[0] = cornerX + 100;
        left[1] = cam.screenY(corner[0], corner[1], 0) / scale;
        axis(g, cam, scale, left, floorPoint, topPoint, points, text, "L");
    }

    /**
     * One axis: the line from {@code from} to {@code to}, a tick and label at each point pushed away from
     * {@code centre} (logical screen units), and the axis title past the labels at the middle.
     */
    private static void axis(Graphics2D g, Camera cam, double scale, double[] centre, double[] from, double[] to,
            double[][] points, String[] text, String title) {
        line(g, cam, scale, from[0], from[1], from[2], to[0], to[1], to[2]);
        FontMetrics fm = g.getFontMetrics();
        double widest = 0;
        for (int k = 0; k < points.length; k++) {
            double[] p = points[k];
            double px = cam.screenX(p[0], p[1], p[2]) / scale;
            double py = cam.screenY(p[0], p[1], p[2]) / scale;
            double[] out = outward(centre, from, to, cam, scale);
            g.draw(new Line2D.Double(px, py, px + out[0] * TICK, py + out[1] * TICK));
            double w = fm.stringWidth(text[k]);
            widest = Math.max(widest, w);
            double lx = px + out[0] * (TICK + 4) + (out[0] - 1) * w / 2;
            double ly = py + out[1] * (TICK + 4 + fm.getAscent() / 2.0) + fm.getAscent() / 2.0 - 1;
            g.drawString(text[k], (float) lx, (float) ly);
        }
        double mx = cam.screenX((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2) / scale;
        double my = cam.screenY((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2) / scale;
        double[] out = outward(centre, from, to, cam, scale);
        if ("L".equals(title)) {
            double tx = cam.screenX(to[0], to[1], to[2]) / scale;
            double ty = cam.screenY(to[0], to[1], to[2]) / scale;
            g.drawString(title, (float) (tx - fm.stringWidth(title) / 2.0), (float) (ty - 8));
            return;
        }
        double dist = TICK + 10 + Math.abs(out[0]) * widest + Math.abs(out[1]) * fm.getAscent() + fm.getAscent() / 2.0;
        g.drawString(title, (float) (mx + out[0] * dist - fm.stringWidth(title) / 2.0),
                (float) (my + out[1] * dist + fm.getAscent() / 2.0));
    }

    /** The unit screen direction perpendicular to the axis, pointing away from {@code centre}. */
    private static double[] outward(double[] centre, double[] from, double[] to, Camera cam, double scale) {
        double ax = (cam.screenX(to[0], to[1], to[2]) - cam.screenX(from[0], from[1], from[2])) / scale;
        double ay = (cam.screenY(to[0], to[1], to[2]) - cam.screenY(from[0], from[1], from[2])) / scale;
        double nx = -ay;
        double ny = ax;
        double mx = (cam.screenX(from[0], from[1], from[2]) / scale + cam.screenX(to[0], to[1], to[2]) / scale) / 2;
        double my = (cam.screenY(from[0], from[1], from[2]) / scale + cam.screenY(to[0], to[1], to[2]) / scale) / 2;
        if (nx * (mx - centre[0]) + ny * (my - centre[1]) < 0) {
            nx = -nx;
            ny = -ny;
        }
        double norm = Math.hypot(nx, ny);
        return norm == 0 ? new double[] {0, 1} : new double[] {nx / norm, ny / norm};
    }

    /** Loss ticks inside the box's shown range. */
    static double[] lossTicks(HeightMap h) {
        double[] range = h.shownRange();
        double[] all = h.scale() == ColorScale.LOG ? ColorBar.ticks(ColorScale.LOG, h.min(), h.max())
                : Ticks.linear(range[0], range[1], 5);
        return Arrays.stream(all).filter(v -> v >= range[0] - 1e-12 * Math.abs(range[1] - range[0])
                && v <= range[1] + 1e-12 * Math.abs(range[1] - range[0])).toArray();
    }

    private static double[] xTicks(Domain d) {
        return Ticks.linear(d.xmin(), d.xmax(), 5);
    }

    private static double[] yTicks(Domain d) {
        return Ticks.linear(d.ymin(), d.ymax(), 5);
    }

    private static String[] labels(double[] values) {
        return Arrays.stream(values).mapToObj(Ticks::format).toArray(String[]::new);
    }

    private static boolean nearer(Camera cam, double ax, double ay, double az, double bx, double by, double bz) {
        return cam.depth(ax, ay, az) >= cam.depth(bx, by, bz);
    }

    private static double[][] floorCorners(SurfaceBox box) {
        double x = box.halfX();
        double y = box.halfY();
        return new double[][] {{-x, -y}, {x, -y}, {x, y}, {-x, y}};
    }

    private static double[] farCorner(SurfaceBox box, Camera cam) {
        double[] best = null;
        for (double[] c : floorCorners(box)) {
            if (best == null || cam.depth(c[0], c[1], 0) < cam.depth(best[0], best[1], 0)) {
                best = c;
            }
        }
        return best;
    }

    private static double[] leftCorner(SurfaceBox box, Camera cam) {
        double[] best = null;
        for (double[] c : floorCorners(box)) {
            if (best == null || cam.screenX(c[0], c[1], 0) < cam.screenX(best[0], best[1], 0)) {
                best = c;
            }
        }
        return best;
    }

    private static void line(Graphics2D g, Camera cam, double scale, double x0, double y0, double z0, double x1,
            double y1, double z1) {
        g.draw(new Line2D.Double(cam.screenX(x0, y0, z0) / scale, cam.screenY(x0, y0, z0) / scale,
                cam.screenX(x1, y1, z1) / scale, cam.screenY(x1, y1, z1) / scale));
    }
}
