package dev.superlevel.io.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Builds raw PNG chunks for tests of hostile PNG files (decompression bombs, foreign chunks). */
public final class PngChunks {

    private PngChunks() {
    }

    /** One chunk: length, type, data, CRC over type and data. */
    public static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(latin1(type));
        crc.update(data);
        return concat(intBytes(data.length), latin1(type), data, intBytes((int) crc.getValue()));
    }

    /** {@code count} zero bytes deflated: about a thousandth of their size, what a decompression bomb holds. */
    public static byte[] deflatedZeros(int count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (int done = 0; done < count; done += block.length) {
            deflater.setInput(block);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    public static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] intBytes(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
