package dev.superlevel.core.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * The class weights w_c of the class-weighted risk (SPEC §1): either explicit values, or
 * {@code balanced}, w_c = N / (C·N_c) (scikit-learn's convention; a class with no rows gets weight 0
 * since it contributes no term anyway).
 */
public final class ClassWeights {

    private static final ClassWeights UNIFORM = new ClassWeights(null);
    private static final ClassWeights BALANCED = new ClassWeights(new double[0]);

    /** null: all ones; empty: balanced; else the explicit weights. */
    private final double[] explicit;

    private ClassWeights(double[] explicit) {
        this.explicit = explicit;
    }

    /** Every class weight 1. */
    public static ClassWeights uniform() {
        return UNIFORM;
    }

    /** w_c = N / (C·N_c). */
    public static ClassWeights balanced() {
        return BALANCED;
    }

    /**
     * Explicit weights, one per class.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, or none is given
     */
    public static ClassWeights of(double... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("class weights: give at least one weight");
        }
        for (int c = 0; c < weights.length; c++) {
            if (!Double.isFinite(weights[c]) || weights[c] < 0) {
                throw new IllegalArgumentException("class weights: weight " + c + " is " + weights[c]
                        + ", expected a finite number >= 0");
            }
        }
        return new ClassWeights(weights.clone());
    }

    /**
     * Parses {@code balanced}, {@code none}/{@code uniform}, or comma-separated numbers {@code W0,W1,…}.
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    public static ClassWeights parse(String text) {
        String t = text == null ? "" : text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("balanced")) {
            return BALANCED;
        }
        if (lower.equals("uniform") || lower.equals("none")) {
            return UNIFORM;
        }
        String[] parts = t.split(",", -1);
        double[] weights = new double[parts.length];
        for (int c = 0; c < parts.length; c++) {
            try {
                weights[c] = Double.parseDouble(parts[c].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("class weights: '" + parts[c].trim() + "' (entry " + (c + 1)
                        + " of '" + t + "') is not a number; expected W0,W1,… or 'balanced'", e);
            }
        }
        return of(weights);
    }

    /**
     * The weight of every class of {@code data}.
     *
     * @throws IllegalArgumentException if explicit weights do not match the number of classes
     */
    public double[] resolve(Dataset data) {
        int classes = data.classCount();
        double[] w = new double[classes];
        if (explicit == null) {
            Arrays.fill(w, 1.0);
        } else if (explicit.length == 0) {
            int[] counts = data.classCounts();
            for (int c = 0; c < classes; c++) {
                w[c] = counts[c] == 0 ? 0.0 : (double) data.size() / ((double) classes * counts[c]);
            }
        } else if (explicit.length != classes) {
            throw new IllegalArgumentException("class weights: " + explicit.length + " weights given but "
                    + data.name() + " has " + classes + " classes");
        } else {
            System.arraycopy(explicit, 0, w, 0, classes);
        }
        return w;
    }

    @Override
    public String toString() {
        if (explicit == null) {
            return "uniform";
        }
        if (explicit.length == 0) {
            return "balanced";
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < explicit.length; c++) {
            sb.append(c == 0 ? "" : ",").append(explicit[c]);
        }
        return sb.toString();
    }
}
