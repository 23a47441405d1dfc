package dev.superlevel.io.grid;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.io.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * Writes a sampled field as VTK XML image data ({@code .vti}) for ParaView and the Topology ToolKit: one
 * z-slice, {@code WholeExtent="0 nx−1 0 ny−1 0 0"}, {@code Origin="xmin ymin 0"}, {@code Spacing="dx dy 1"},
 * and point arrays {@code loss} (Float64) and, with labels, {@code component} (Int32, −1 outside the set).
 * Points run x fastest, then y, exactly the field's order {@code values[j·nx + i]}.
 *
 * <p>Arrays are inline {@code format="binary"}: base64 of one little-endian UInt64 byte count followed by
 * the raw little-endian values, one base64 stream per array ({@code header_type="UInt64"}, no compression).
 * Binary rather than ASCII because undefined samples are NaN and C++ streams do not parse "NaN"; base64
 * keeps the file well-formed XML. Stateless.
 */
public final class VtiWriter {

    private VtiWriter() {
    }

    /** Writes {@code field} (and {@code labels}, may be null) to {@code target} atomically. */
    public static void write(SampledField field, int[] labels, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(field, labels, out));
    }

    /** Writes the document to {@code out} (not closed). */
    public static void write(SampledField field, int[] labels, OutputStream out) throws IOException {
        GridSpec spec = field.spec();
        if (labels != null && labels.length != spec.size()) {
            throw new IllegalArgumentException("vti: " + labels.length + " labels for " + spec.size() + " samples");
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String extent = "0 " + (spec.nx() - 1) + " 0 " + (spec.ny() - 1) + " 0 0";
        double dx = spec.nx() > 1 ? (spec.domain().xmax() - spec.domain().xmin()) / (spec.nx() - 1) : 1;
        double dy = spec.ny() > 1 ? (spec.domain().ymax() - spec.domain().ymin()) / (spec.ny() - 1) : 1;
        w.write("<?xml version=\"1.0\"?>\n");
        w.write("<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n");
        w.write("  <ImageData WholeExtent=\"" + extent + "\" Origin=\"" + num(spec.domain().xmin()) + " "
                + num(spec.domain().ymin()) + " 0\" Spacing=\"" + num(dx) + " " + num(dy) + " 1\">\n");
        w.write("    <Piece Extent=\"" + extent + "\">\n");
        w.write("      <PointData Scalars=\"loss\">\n");
        w.write("        <DataArray type=\"Float64\" Name=\"loss\" NumberOfComponents=\"1\" format=\"binary\">\n");
        w.write(base64(doubles(field.values())));
        w.write("\n        </DataArray>\n");
        if (labels != null) {
            w.write("        <DataArray type=\"Int32\" Name=\"component\" NumberOfComponents=\"1\" format=\"binary\">\n");
            w.write(base64(ints(labels)));
            w.write("\n        </DataArray>\n");
        }
        w.write("      </PointData>\n      <CellData>\n      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n");
        w.flush();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", Double.toString(v));
    }

    private static byte[] doubles(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(8L * values.length);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private static byte[] ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(4L * values.length);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
