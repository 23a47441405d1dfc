package dev.superlevel.io.grid;

import dev.superlevel.io.AtomicFiles;
import dev.superlevel.render.surface3d.SurfaceMesh;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the surface mesh of the 3-D view ({@link SurfaceMesh}: world units of the view's box, the longer
 * side of the domain spanning [−1, 1], z up, height as on screen) for Blender and 3-D printing. Triangles
 * run counter-clockwise seen from above (normals up); undefined samples leave holes, as on screen.
 * <ul>
 *   <li>{@code .obj}: {@code v x y z r g b} lines (the vertex colours of the map, 0..1, the common
 *       extension Blender and MeshLab read), then {@code f a b c} (1-based); only vertices used by a
 *       triangle are written.</li>
 *   <li>{@code .stl}: binary STL, an 80-byte header, a uint32 triangle count, then per triangle the unit
 *       face normal, three vertices (float32, little endian) and a zero uint16.</li>
 * </ul>
 * Stateless.
 */
public final class MeshWriter {

    private MeshWriter() {
    }

    /** Writes {@code mesh} as Wavefront OBJ; {@code vertexArgb[v]} is the colour of vertex v. */
    public static void writeObj(SurfaceMesh mesh, int[] vertexArgb, Path target) throws IOException {
        AtomicFiles.write(target, out -> writeObj(mesh, vertexArgb, out));
    }

    /** Writes the OBJ text to {@code out} (not closed). */
    public static void writeObj(SurfaceMesh mesh, int[] vertexArgb, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("# Superlevel surface: " + mesh.columns() + "x" + mesh.rows() + " vertices, " + mesh.triangleCount()
                + " triangles\n");
        int[] number = new int[mesh.vertexCount()];
        Arrays.fill(number, -1);
        int next = 1;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            for (int c = 0; c < 3; c++) {
                int v = mesh.corner(t, c);
                if (number[v] < 0) {
                    number[v] = next++;
                    int argb = vertexArgb[v];
                    w.write("v " + mesh.x(v) + " " + mesh.y(v) + " " + mesh.z(v) + " " + unit(argb >> 16) + " "
                            + unit(argb >> 8) + " " + unit(argb) + "\n");
                }
            }
        }
        for (int t = 0; t < mesh.triangleCount(); t++) {
            w.write("f " + number[mesh.corner(t, 0)] + " " + number[mesh.corner(t, 1)] + " "
                    + number[mesh.corner(t, 2)] + "\n");
        }
        w.flush();
    }

    /** A colour channel (the low 8 bits of {@code value}) as a fraction with 4 decimals. */
    private static String unit(int value) {
        return Double.toString(Math.round((value & 0xFF) / 255.0 * 10000) / 10000.0);
    }

    /** Writes {@code mesh} as binary STL. */
    public static void writeStl(SurfaceMesh mesh, Path target) throws IOException {
        AtomicFiles.write(target, out -> writeStl(mesh, out));
    }

    /** Writes the binary STL to {@code out} (not closed). */
    public static void writeStl(SurfaceMesh mesh, OutputStream out) throws IOException {
        byte[] header = Arrays.copyOf("Superlevel surface (binary STL)".getBytes(StandardCharsets.US_ASCII), 80);
        out.write(header);
        ByteBuffer b = ByteBuffer.allocate(50).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(mesh.triangleCount());
        out.write(b.array(), 0, 4);
        for (int t = 0; t < mesh.triangleCount(); t++) {
            b.clear();
            int p = mesh.corner(t, 0);
            int q = mesh.corner(t, 1);
            int r = mesh.corner(t, 2);
            float[] n = normal(mesh, p, q, r);
            b.putFloat(n[0]).putFloat(n[1]).putFloat(n[2]);
            for (int v : new int[] {p, q, r}) {
                b.putFloat(mesh.x(v)).putFloat(mesh.y(v)).putFloat(mesh.z(v));
            }
            b.putShort((short) 0);
            out.write(b.array(), 0, 50);
        }
    }

    /** The unit normal (q − p) × (r − p) of a triangle, (0, 0, 1) when degenerate. */
    static float[] normal(SurfaceMesh mesh, int p, int q, int r) {
        double ux = mesh.x(q) - mesh.x(p);
        double uy = mesh.y(q) - mesh.y(p);
        double uz = mesh.z(q) - mesh.z(p);
        double vx = mesh.x(r) - mesh.x(p);
        double vy = mesh.y(r) - mesh.y(p);
        double vz = mesh.z(r) - mesh.z(p);
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
        return norm == 0 ? new float[] {0, 0, 1}
                : new float[] {(float) (nx / norm), (float) (ny / norm), (float) (nz / norm)};
    }
}
