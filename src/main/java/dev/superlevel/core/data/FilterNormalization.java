package dev.superlevel.core.data;

import java.util.Random;

/**
 * Random slice directions with filter normalisation (Li, Xu, Taylor, Studer, Goldstein, "Visualizing
 * the Loss Landscape of Neural Nets", NeurIPS 2018): a direction δ is drawn N(0, 1) per weight, then
 * each neuron's incoming weight vector δ[k][·] is rescaled to the Euclidean norm of θ*'s, so that a
 * step of 1 along δ is as large as the trained weights, neuron by neuron. Bias entries of δ are 0 (the
 * paper's "ignore biases" option), so a slice moves weights only.
 */
public final class FilterNormalization {

    private FilterNormalization() {
    }

    /** δ₁ and δ₂, drawn in that order from {@code new Random(seed)}. */
    public static double[][] directions(MlpArchitecture arch, double[] thetaStar, long seed) {
        Random random = new Random(seed);
        return new double[][] {direction(arch, thetaStar, random), direction(arch, thetaStar, random)};
    }

    /** One filter-normalised direction. */
    public static double[] direction(MlpArchitecture arch, double[] thetaStar, Random random) {
        if (thetaStar.length != arch.parameterCount()) {
            throw new IllegalArgumentException("theta has " + thetaStar.length + " entries, the network "
                    + arch.parameterCount());
        }
        double[] d = new double[thetaStar.length];
        for (int l = 0; l < arch.layerCount(); l++) {
            int fanIn = arch.fanIn(l);
            for (int k = 0; k < arch.fanOut(l); k++) {
                int from = arch.weightOffset(l) + k * fanIn;
                for (int p = from; p < from + fanIn; p++) {
                    d[p] = random.nextGaussian();
                }
                double scale = norm(thetaStar, from, fanIn) / norm(d, from, fanIn);
                for (int p = from; p < from + fanIn; p++) {
                    d[p] = Double.isFinite(scale) ? d[p] * scale : 0.0;
                }
            }
        }
        return d;
    }

    /** ‖v[from..from+length)‖₂. */
    static double norm(double[] v, int from, int length) {
        double sum = 0;
        for (int p = from; p < from + length; p++) {
            sum += v[p] * v[p];
        }
        return Math.sqrt(sum);
    }
}
