package dev.superlevel.io.dataset;

import dev.superlevel.core.Limits;
import dev.superlevel.core.data.Dataset;
import dev.superlevel.io.InputFileException;
import dev.superlevel.io.InputFiles;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a labelled data set from CSV (issue 7, SPEC §3).
 *
 * <pre>
 *   x1,x2,label,rho        header: feature columns x1..xd (d ≥ 2, consecutive), an integer class
 *   0.31,-1.2,0,1          column label in 0..C−1 and an optional per-row confidence rho in [0, 1]
 *   1.7,0.4,1,0.25         (default 1); columns in any order, blank lines ignored, comma separated
 * </pre>
 *
 * Every problem is reported as a {@link DatasetFormatException} naming the file, the 1-based line and
 * the 1-based column: a missing or unknown or repeated column, a wrong number of cells, a non-numeric
 * or non-finite cell, a label out of range, a rho outside [0, 1], an empty file or one without rows,
 * more than {@link Limits#MAX_DATASET_ROWS} rows. The file itself is read through {@link InputFiles}:
 * a regular UTF-8 text file of at most {@link Limits#MAX_DATASET_FILE_BYTES} bytes, else an
 * {@link UncheckedIOException} naming the path and what it is.
 */
public final class DatasetCsv {

    /** The largest class count inferred from labels; a bigger label is almost certainly a typo. */
    public static final int MAX_CLASSES = 256;

    private DatasetCsv() {
    }

    /** Reads with the class count inferred as max(label) + 1 (at least 2). */
    public static Dataset read(Path file) {
        return read(file, 0);
    }

    /**
     * @param classCount the model's class count C (labels must be in 0..C−1), or 0 to infer it
     * @throws DatasetFormatException on malformed content (file, line, column)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Dataset read(Path file, int classCount) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = InputFiles.readText(file, Limits.MAX_DATASET_FILE_BYTES, "data set");
        } catch (InputFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return parse(name, text.lines().toList(), classCount);
    }

    /** Parses CSV lines (the same rules as {@link #read(Path, int)}); {@code name} is used in messages. */
    public static Dataset parse(String name, List<String> lines, int classCount) {
        int headerIndex = firstNonBlank(lines, 0);
        if (headerIndex < 0) {
            throw new DatasetFormatException(name, 0, 0, "empty file, expected a header line x1,x2,label[,rho]");
        }
        Header header = Header.parse(name, stripBom(lines.get(headerIndex)), headerIndex + 1);
        int limit = classCount > 0 ? classCount : MAX_CLASSES;
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Double> rhos = new ArrayList<>();
        int maxLabel = 0;
        for (int li = headerIndex + 1; li < lines.size(); li++) {
            String line = lines.get(li);
            if (line.isBlank()) {
                continue;
            }
            if (features.size() >= Limits.MAX_DATASET_ROWS) {
                throw new DatasetFormatException(name, li + 1, 0, "more than " + Limits.MAX_DATASET_ROWS
                        + " data rows (the limit)");
            }
            DatasetRowReader row = new DatasetRowReader(name, li + 1, line, header);
            features.add(row.features());
            int label = row.label(limit, classCount > 0);
            maxLabel = Math.max(maxLabel, label);
            labels.add(label);
            rhos.add(row.rho());
        }
        if (features.isEmpty()) {
            throw new DatasetFormatException(name, headerIndex + 1, 0, "no data rows after the header");
        }
        int classes = classCount > 0 ? classCount : Math.max(2, maxLabel + 1);
        return new Dataset(name, features.toArray(new double[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                rhos.stream().mapToDouble(Double::doubleValue).toArray(), classes);
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Trims a cell and removes one pair of surrounding double quotes (as spreadsheets write them). */
    static String unquote(String cell) {
        String t = cell.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    /** Column positions (0-based) of a parsed header. */
    record Header(int[] featureColumns, int labelColumn, int rhoColumn, String[] names) {

        static Header parse(String file, String line, int lineNumber) {
            String[] cells = line.split(",", -1);
            String[] names = new String[cells.length];
            int label = -1;
            int rho = -1;
            int[] feature = new int[cells.length];
            java.util.Arrays.fill(feature, -1);
            for (int col = 0; col < cells.length; col++) {
                String n = unquote(cells[col]).toLowerCase(Locale.ROOT);
                names[col] = n;
                int featureIndex = featureIndex(n);
                if (n.equals("label")) {
                    label = claim(file, lineNumber, col, n, label);
                } else if (n.equals("rho")) {
                    rho = claim(file, lineNumber, col, n, rho);
                } else if (featureIndex >= 0 && featureIndex < cells.length) {
                    feature[featureIndex] = claim(file, lineNumber, col, n, feature[featureIndex]);
                } else {
                    throw new DatasetFormatException(file, lineNumber, col + 1, "unknown column '" + unquote(cells[col])
                            + "', expected x1,x2[,x3…],label[,rho]");
                }
            }
            return new Header(featureColumns(file, lineNumber, feature), requireLabel(file, lineNumber, label), rho, names);
        }

        private static int featureIndex(String n) {
            if (n.length() < 2 || n.charAt(0) != 'x') {
                return -1;
            }
            try {
                return Integer.parseInt(n.substring(1)) - 1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static int claim(String file, int line, int col, String name, int previous) {
            if (previous >= 0) {
                throw new DatasetFormatException(file, line, col + 1, "column '" + name + "' appears twice (also column "
                        + (previous + 1) + ")");
            }
            return col;
        }

        private static int requireLabel(String file, int line, int label) {
            if (label < 0) {
                throw new DatasetFormatException(file, line, 0, "missing column 'label' in the header");
            }
            return label;
        }

        private static int[] featureColumns(String file, int line, int[] feature) {
            int d = 0;
            while (d < feature.length && feature[d] >= 0) {
                d++;
            }
            for (int k = d; k < feature.length; k++) {
                if (feature[k] >= 0 || k < 2) {
                    throw new DatasetFormatException(file, line, 0, "missing column 'x" + (d + 1) + "' in the header");
                }
            }
            if (d < 2) {
                throw new DatasetFormatException(file, line, 0, "missing column 'x" + (d + 1) + "' in the header");
            }
            return java.util.Arrays.copyOf(feature, d);
        }
    }
}
