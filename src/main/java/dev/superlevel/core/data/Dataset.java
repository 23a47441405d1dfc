package dev.superlevel.core.data;

import java.util.Arrays;

/**
 * A labelled data set: N rows of d features, an integer class label in [0, C) and a per-row confidence
 * ρ ∈ [0, 1] (SPEC §1, "class-weighted, robust risk").
 *
 * <p>Immutable: the arrays are copied in and never handed out (accessors return copies or single
 * values), so one instance is safely shared by every sampling thread.
 */
public final class Dataset {

    private final String name;
    private final double[][] features;
    private final int[] labels;
    private final double[] rho;
    private final int classCount;

    /**
     * @param name a label for messages (typically the file name)
     * @param features {@code features[i]} is row i, every row of the same length d ≥ 1
     * @param labels class of each row, in [0, classCount)
     * @param rho confidence of each row, in [0, 1]
     * @param classCount C ≥ 2
     * @throws IllegalArgumentException naming the offending row when any invariant fails
     */
    public Dataset(String name, double[][] features, int[] labels, double[] rho, int classCount) {
        this.name = name == null ? "dataset" : name;
        if (features.length == 0) {
            throw new IllegalArgumentException(this.name + ": no data rows");
        }
        if (labels.length != features.length || rho.length != features.length) {
            throw new IllegalArgumentException(this.name + ": features, labels and rho differ in length");
        }
        if (classCount < 2) {
            throw new IllegalArgumentException(this.name + ": need at least 2 classes, got " + classCount);
        }
        int d = features[0].length;
        this.features = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            validateRow(i, features[i], d, labels[i], rho[i], classCount);
            this.features[i] = features[i].clone();
        }
        this.labels = labels.clone();
        this.rho = rho.clone();
        this.classCount = classCount;
    }

    private void validateRow(int i, double[] row, int d, int label, double r, int classCount) {
        if (row.length != d || d == 0) {
            throw new IllegalArgumentException(name + ": row " + i + " has " + row.length + " features, expected " + d);
        }
        for (double v : row) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + ": row " + i + " has a non-finite feature " + v);
            }
        }
        if (label < 0 || label >= classCount) {
            throw new IllegalArgumentException(name + ": row " + i + " has label " + label
                    + " outside 0.." + (classCount - 1));
        }
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalArgumentException(name + ": row " + i + " has rho " + r + " outside [0, 1]");
        }
    }

    public String name() {
        return name;
    }

    /** N, the number of rows. */
    public int size() {
        return labels.length;
    }

    /** d, the number of feature columns. */
    public int featureCount() {
        return features[0].length;
    }

    /** C, the number of classes (labels are 0..C−1). */
    public int classCount() {
        return classCount;
    }

    public double feature(int row, int column) {
        return features[row][column];
    }

    public int label(int row) {
        return labels[row];
    }

    public double rho(int row) {
        return rho[row];
    }

    /** N_c for every class c (a class may have no rows). */
    public int[] classCounts() {
        int[] counts = new int[classCount];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** A copy of feature column {@code column} over all rows. */
    public double[] column(int column) {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = features[i][column];
        }
        return out;
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", N=" + size() + ", d=" + featureCount() + ", C=" + classCount
                + ", classCounts=" + Arrays.toString(classCounts()) + "]";
    }
}
