package dev.superlevel.io.grid;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.io.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a sampled field as CSV {@code x,y,loss} (plus {@code component} with labels), one row per sample,
 * x fastest then y (row k = j·nx + i), numbers in Java's shortest round-trip form ({@code NaN},
 * {@code Infinity} bare). Stateless.
 */
public final class GridCsvWriter {

    private GridCsvWriter() {
    }

    /** Writes {@code field} (and {@code labels}, may be null) to {@code target} atomically. */
    public static void write(SampledField field, int[] labels, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(field, labels, out));
    }

    /** Writes the rows to {@code out} (not closed). */
    public static void write(SampledField field, int[] labels, OutputStream out) throws IOException {
        GridSpec spec = field.spec();
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(labels == null ? "x,y,loss\n" : "x,y,loss,component\n");
        for (int j = 0; j < spec.ny(); j++) {
            String y = Double.toString(spec.y(j));
            for (int i = 0; i < spec.nx(); i++) {
                int k = spec.index(i, j);
                w.write(Double.toString(spec.x(i)));
                w.write(',');
                w.write(y);
                w.write(',');
                w.write(Double.toString(field.values()[k]));
                if (labels != null) {
                    w.write(',');
                    w.write(Integer.toString(labels[k]));
                }
                w.write('\n');
            }
        }
        w.flush();
    }
}
