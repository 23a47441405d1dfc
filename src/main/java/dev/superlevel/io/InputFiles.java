package dev.superlevel.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way Superlevel opens a file a user named, or a file named inside another file (issue 12):
 * every input may come from someone else. A path is read only if, after following symbolic links, it is
 * a regular file no larger than the caller's limit ({@link dev.superlevel.core.Limits}); a directory, a
 * FIFO, a device or a socket is refused with a message naming the path and what it is, so that a
 * hostile name can neither hang the reader (a FIFO with no writer) nor stream without end
 * ({@code /dev/zero}). The size is checked before reading, and the read itself stops one byte past the
 * limit, so a file that grows meanwhile is refused too. Stateless, thread-safe.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Checks that {@code path} is a readable regular file of at most {@code maxBytes} bytes.
     *
     * @param what the kind of file, for messages ("function file", "session", …)
     * @return the file's size in bytes
     * @throws InputFileException naming the path and the problem: missing, a directory or other
     *     non-regular file, too large, unreadable
     */
    public static long checkRegular(Path path, long maxBytes, String what) throws InputFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class); // follows symbolic links
        } catch (NoSuchFileException e) {
            throw new InputFileException(path, "no such " + what);
        } catch (AccessDeniedException e) {
            throw new InputFileException(path, "cannot read " + what + ": permission denied");
        } catch (IOException e) {
            throw new InputFileException(path, "cannot read " + what + ": " + AtomicFiles.reason(e));
        }
        if (!attributes.isRegularFile()) {
            throw new InputFileException(path, "is " + kindOf(path) + ", not a " + what);
        }
        if (attributes.size() > maxBytes) {
            throw new InputFileException(path, what + " is " + attributes.size() + " bytes, more than the limit of "
                    + dev.superlevel.core.Limits.bytes(maxBytes));
        }
        return attributes.size();
    }

    /** The bytes of a regular file of at most {@code maxBytes}; see {@link #checkRegular}. */
    public static byte[] readBytes(Path path, long maxBytes, String what) throws InputFileException {
        checkRegular(path, maxBytes, what);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputFileException(path, what + " grew past the limit of "
                        + dev.superlevel.core.Limits.bytes(maxBytes) + " while being read");
            }
            return bytes;
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(path, "cannot read " + what + ": " + AtomicFiles.reason(e));
        }
    }

    /**
     * The UTF-8 text of a regular file of at most {@code maxBytes}, without a leading byte-order mark.
     *
     * @throws InputFileException also when the bytes are not UTF-8 text ("is not a text file"): malformed
     *     UTF-8, or NUL bytes, which no text file holds
     */
    public static String readText(Path path, long maxBytes, String what) throws InputFileException {
        byte[] bytes = readBytes(path, maxBytes, what);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputFileException(path, "is not a text file (not UTF-8); a " + what + " is UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputFileException(path, "is not a text file (it holds NUL bytes); a " + what + " is UTF-8 text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * What {@code path} is, for a message: "a directory", "a FIFO (named pipe)", "a character device",
     * "a block device", "a socket", "a regular file", "missing", or "not a regular file" when the platform
     * does not tell. Follows symbolic links.
     */
    public static String kindOf(Path path) {
        if (Files.isDirectory(path)) {
            return "a directory";
        }
        if (Files.isRegularFile(path)) {
            return "a regular file";
        }
        if (!Files.exists(path)) {
            return "missing";
        }
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m) {
                return switch (m & 0170000) {
                    case 0010000 -> "a FIFO (named pipe)";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> "not a regular file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a unix file system: say what we know
        }
        return "not a regular file";
    }
}
