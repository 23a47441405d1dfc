package dev.superlevel.io.image;

import dev.superlevel.core.Limits;
import dev.superlevel.io.InputFileException;
import dev.superlevel.io.InputFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}) from a PNG in one pass over its chunk
 * list, without decoding the image (issue 12: a PNG may come from anyone).
 *
 * <pre>
 *   PNG    = signature(8) chunk* IEND
 *   chunk  = length(4, big-endian) type(4) data(length) crc(4)
 *   tEXt   = keyword 0 text(Latin-1)
 *   zTXt   = keyword 0 method(1) deflate(text, Latin-1)
 *   iTXt   = keyword 0 compressed(1) method(1) language 0 translated-keyword 0 text(UTF-8, maybe deflated)
 * </pre>
 *
 * Only the keyword of a chunk is read before deciding: chunks whose keyword is not wanted, and every
 * non-text chunk, are skipped unread. A wanted chunk may hold, and inflate to, at most
 * {@link Limits#MAX_PNG_TEXT_BYTES}; past that the read stops with a message, so a small file with a
 * huge compressed chunk cannot exhaust memory. The file itself must be a regular file of at most
 * {@link Limits#MAX_PNG_FILE_BYTES} ({@link InputFiles}). CRCs are not checked: the text is validated
 * by whoever parses it. Stateless, thread-safe.
 */
public final class PngTextReader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** A keyword is 1–79 bytes plus its NUL. */
    private static final int KEYWORD_PREFIX = 80;

    private PngTextReader() {
    }

    /**
     * The text chunks of {@code file} whose keyword is in {@code keywords}, keyword → text in file order
     * (a repeated keyword: the last one). Stops early once every wanted keyword was found.
     *
     * @throws IOException naming the file: not a regular file, too large, not a PNG, a wanted chunk past
     *     the limit or not inflatable
     */
    public static Map<String, String> read(Path file, Set<String> keywords) throws IOException {
        return read(file, keywords::contains, keywords.size());
    }

    /** Every text chunk of {@code file}, each within the same limits as {@link #read(Path, Set)}. */
    public static Map<String, String> readAll(Path file) throws IOException {
        return read(file, k -> true, Integer.MAX_VALUE);
    }

    private static Map<String, String> read(Path file, Predicate<String> wanted, int wantedCount)
            throws IOException {
        InputFiles.checkRegular(file, Limits.MAX_PNG_FILE_BYTES, "PNG file");
        Map<String, String> text = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE)) {
                throw new InputFileException(file, "is not a PNG file (no PNG signature)");
            }
            while (text.size() < wantedCount) {
                long length = Integer.toUnsignedLong(in.readInt());
                String type = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
                if (length > Integer.MAX_VALUE) {
                    throw new InputFileException(file, "is not a readable PNG (chunk '" + type + "' has length "
                            + length + ")");
                }
                if (type.equals("IEND")) {
                    break;
                }
                readChunk(in, file, type, (int) length, wanted, text);
                in.skipNBytes(4); // CRC
            }
        } catch (EOFException e) {
            // a truncated file: what was read before the end is all there is
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(file, "cannot read PNG file: " + e.getMessage());
        }
        return text;
    }

    private static void readChunk(DataInputStream in, Path file, String type, int length, Predicate<String> wanted,
            Map<String, String> text) throws IOException {
        boolean isText = type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt");
        if (!isText) {
            in.skipNBytes(length);
            return;
        }
        byte[] prefix = in.readNBytes(Math.min(length, KEYWORD_PREFIX));
        int nul = indexOf(prefix, 0);
        if (nul < 1) { // no keyword: not a well-formed text chunk, and not one of ours
            in.skipNBytes(length - prefix.length);
            return;
        }
        String keyword = new String(prefix, 0, nul, StandardCharsets.ISO_8859_1);
        if (!wanted.test(keyword)) {
            in.skipNBytes(length - prefix.length);
            return;
        }
        if (length - nul - 1 > Limits.MAX_PNG_TEXT_BYTES + KEYWORD_PREFIX) {
            throw tooLarge(file, keyword);
        }
        byte[] data = new byte[length];
        System.arraycopy(prefix, 0, data, 0, prefix.length);
        in.readFully(data, prefix.length, length - prefix.length);
        byte[] body = Arrays.copyOfRange(data, nul + 1, length);
        text.put(keyword, decode(file, type, keyword, body));
    }

    private static String decode(Path file, String type, String keyword, byte[] body) throws IOException {
        switch (type) {
            case "tEXt":
                return latin1(file, keyword, body);
            case "zTXt":
                if (body.length < 1 || body[0] != 0) {
                    throw malformed(file, keyword, "unknown compression method");
                }
                return new String(inflate(file, keyword, Arrays.copyOfRange(body, 1, body.length)),
                        StandardCharsets.ISO_8859_1);
            default:
                return international(file, keyword, body);
        }
    }

    private static String international(Path file, String keyword, byte[] body) throws IOException {
        if (body.length < 2) {
            throw malformed(file, keyword, "too short");
        }
        boolean compressed = body[0] != 0;
        int language = indexOf(body, 2);
        int translated = language < 0 ? -1 : indexOf(body, language + 1);
        if (translated < 0) {
            throw malformed(file, keyword, "missing language tag or translated keyword");
        }
        byte[] payload = Arrays.copyOfRange(body, translated + 1, body.length);
        if (compressed && body[1] != 0) {
            throw malformed(file, keyword, "unknown compression method");
        }
        byte[] utf8 = compressed ? inflate(file, keyword, payload) : checkSize(file, keyword, payload);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static String latin1(Path file, String keyword, byte[] body) throws IOException {
        return new String(checkSize(file, keyword, body), StandardCharsets.ISO_8859_1);
    }

    private static byte[] checkSize(Path file, String keyword, byte[] bytes) throws IOException {
        if (bytes.length > Limits.MAX_PNG_TEXT_BYTES) {
            throw tooLarge(file, keyword);
        }
        return bytes;
    }

    /** Inflates a zlib stream, stopping as soon as the output would pass the limit. */
    static byte[] inflate(Path file, String keyword, byte[] compressed) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4, 1 << 16));
            byte[] buffer = new byte[1 << 15];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw malformed(file, keyword, "truncated compressed text");
                }
                if (out.size() + n > Limits.MAX_PNG_TEXT_BYTES) {
                    throw tooLarge(file, keyword);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw malformed(file, keyword, "corrupt compressed text");
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int k = from; k < bytes.length; k++) {
            if (bytes[k] == 0) {
                return k;
            }
        }
        return -1;
    }

    private static InputFileException tooLarge(Path file, String keyword) {
        return new InputFileException(file, "PNG text chunk '" + keyword + "' holds more than "
                + Limits.bytes(Limits.MAX_PNG_TEXT_BYTES) + " of text (the limit)");
    }

    private static InputFileException malformed(Path file, String keyword, String problem) {
        return new InputFileException(file, "PNG text chunk '" + keyword + "' is malformed: " + problem);
    }
}
