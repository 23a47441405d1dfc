package dev.superlevel.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A sequential 256-entry colour table mapping t ∈ [0, 1] to an opaque ARGB colour.
 *
 * <p>The tables are matplotlib's published float values (viridis, magma; CC0), converted to 8 bits the
 * way matplotlib's {@code cmap(x, bytes=True)} does it, i.e. {@code (int) (c * 255)} (truncation), so a
 * sample here has the same bytes as the same sample in a matplotlib figure. The lookup also follows
 * matplotlib: index = ⌊t·256⌋ clamped to 0..255. Immutable and thread-safe.
 */
public enum Colormap {
    /** Perceptually uniform blue-green-yellow; the default. */
    VIRIDIS("viridis"),
    /** Perceptually uniform black-purple-orange-cream. */
    MAGMA("magma");

    /** Number of entries in every table. */
    public static final int SIZE = 256;

    private final String label;
    private final int[] table;

    Colormap(String label) {
        this.label = label;
        this.table = load(label);
    }

    /** The lower-case name used in files and on the command line. */
    public String label() {
        return label;
    }

    /** The colour for t ∈ [0, 1]; t outside is clamped; NaN gives the lowest colour. */
    public int argb(double t) {
        int index = (int) (t * SIZE);
        if (!(index > 0)) {
            return table[0];
        }
        return table[Math.min(index, SIZE - 1)];
    }

    /** Entry {@code index} (0..255) of the table. */
    public int argbAt(int index) {
        return table[index];
    }

    /** The map called {@code name} (case-insensitive: {@code viridis}, {@code magma}). */
    public static Colormap parse(String name) {
        for (Colormap c : values()) {
            if (c.label.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown colour map '" + name + "' (expected viridis or magma)");
    }

    private static int[] load(String name) {
        String resource = "colormaps/" + name.toLowerCase(Locale.ROOT) + ".txt";
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("colour map resource missing: " + resource);
            }
            return parseTable(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read colour map " + resource, e);
        }
    }

    private static int[] parseTable(BufferedReader reader, String resource) throws IOException {
        int[] argb = new int[SIZE];
        int n = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            if (parts.length != 3 || n >= SIZE) {
                throw new IllegalStateException(resource + ": malformed entry " + (n + 1) + ": " + line);
            }
            argb[n++] = 0xFF000000 | toByte(parts[0]) << 16 | toByte(parts[1]) << 8 | toByte(parts[2]);
        }
        if (n != SIZE) {
            throw new IllegalStateException(resource + ": " + n + " entries, expected " + SIZE);
        }
        return argb;
    }

    private static int toByte(String component) {
        return (int) (Double.parseDouble(component) * 255);
    }
}
