package dev.superlevel.io.grid;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.io.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a sampled field as a NumPy {@code .npy} file in the bare layout of SPEC §3.1: a 2-D C-order
 * float64 little-endian array Z of shape (ny, nx) with Z[j, i] = L(x_i, y_j) (rows are y, j = 0 is ymin, as
 * {@code np.meshgrid(x, y)} gives), so {@code np.load} and Superlevel's own {@code .npy} reader give back
 * the grid. Undefined samples are written as they are (NaN, ±∞). Format version 1.0: the magic
 * {@code \x93NUMPY}, version bytes 1 0, a little-endian uint16 header length, and the header dict padded
 * with spaces and ended by a newline so that the data starts at a multiple of 64 bytes. Stateless.
 */
public final class NpyWriter {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NpyWriter() {
    }

    /** Writes {@code field} to {@code target} atomically. */
    public static void write(SampledField field, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(field, out));
    }

    /** Writes {@code field} to {@code out} (not closed). */
    public static void write(SampledField field, OutputStream out) throws IOException {
        out.write(header(field.ny(), field.nx()));
        double[] values = field.values();
        ByteBuffer buffer = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            if (!buffer.hasRemaining()) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            buffer.putDouble(v);
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    /** The magic, version, length and padded header of a float64 C-order array of shape (rows, columns). */
    static byte[] header(int rows, int columns) {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        byte[] textBytes = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + textBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putShort((short) textBytes.length).put(textBytes);
        return b.array();
    }
}
