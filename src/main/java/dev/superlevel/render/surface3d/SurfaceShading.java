package dev.superlevel.render.surface3d;

/**
 * Lambert lighting of the mesh vertices: intensity = AMBIENT + DIFFUSE·|n·l|, clamped to 1, where l is a
 * light fixed to the camera (from above-left of the viewer), so the relief reads the same from every
 * orbit angle. The absolute value lights the underside too when the camera looks from below. The vertex
 * colour is the map's colour of the vertex's sample scaled by its intensity, then blended across each
 * triangle by {@link GeometryBuffer#shade}. Stateless.
 */
public final class SurfaceShading {

    /** Light reaching every face. */
    public static final double AMBIENT = 0.42;
    /** Light reaching a face turned towards the lamp. */
    public static final double DIFFUSE = 0.68;

    private SurfaceShading() {
    }

    /** The unit light direction of {@code camera}: 0.45·right + 0.65·up + 0.6·eye, normalised. */
    public static double[] light(Camera camera) {
        double[] r = camera.right();
        double[] u = camera.up();
        double[] e = camera.eye();
        double[] l = new double[3];
        for (int c = 0; c < 3; c++) {
            l[c] = -0.45 * r[c] + 0.65 * u[c] + 0.6 * e[c];
        }
        double norm = Math.sqrt(l[0] * l[0] + l[1] * l[1] + l[2] * l[2]);
        for (int c = 0; c < 3; c++) {
            l[c] /= norm;
        }
        return l;
    }

    /** Per-vertex intensity in [0, 1] (as 0..256 fixed point) of {@code mesh} under {@code light}. */
    public static int[] intensities(SurfaceMesh mesh, double[] light) {
        int[] out = new int[mesh.vertexCount()];
        for (int v = 0; v < out.length; v++) {
            double dot = mesh.normal(v, 0) * light[0] + mesh.normal(v, 1) * light[1] + mesh.normal(v, 2) * light[2];
            double intensity = Math.min(1, AMBIENT + DIFFUSE * Math.abs(dot));
            out[v] = (int) Math.round(intensity * 256);
        }
        return out;
    }

    /**
     * The lit colour of every vertex: the map's ARGB of its sample ({@code mapArgb} in raster order, row 0 =
     * top, as {@link dev.superlevel.render.LandscapeRaster} returns it) times its intensity.
     */
    public static int[] litColours(SurfaceMesh mesh, int nx, int ny, int[] mapArgb, int[] intensities, int[] out) {
        for (int v = 0; v < out.length; v++) {
            int s = mesh.source(v);
            int i = s % nx;
            int j = s / nx;
            out[v] = scale(mapArgb[(ny - 1 - j) * nx + i], intensities[v]);
        }
        return out;
    }

    /** Each channel of {@code argb} times k/256; opaque. */
    static int scale(int argb, int k) {
        int rb = (argb & 0xFF00FF) * k >>> 8 & 0xFF00FF;
        int g = (argb & 0x00FF00) * k >>> 8 & 0x00FF00;
        return 0xFF000000 | rb | g;
    }
}
