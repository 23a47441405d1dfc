package dev.superlevel.core.data;

/**
 * A fully connected network d → h1 → h2 → C with a hidden {@link Activation} and a softmax output.
 * Its parameters live in one flat vector θ, laid out layer by layer, each weight matrix row-major so
 * that neuron k's incoming weight vector is contiguous:
 *
 * <pre>
 *   [ W1 (h1×d) | b1 (h1) | W2 (h2×h1) | b2 (h2) | W3 (C×h2) | b3 (C) ]
 *     W1[k][j] = θ[w1Offset() + k·d + j]
 * </pre>
 *
 * @param inputs d ≥ 1
 * @param hidden1 h1 ≥ 1
 * @param hidden2 h2 ≥ 1
 * @param classes C ≥ 2
 * @param activation the hidden non-linearity
 */
public record MlpArchitecture(int inputs, int hidden1, int hidden2, int classes, Activation activation) {

    /** Guards memory: the batched forward pass holds (h1 + h2 + C)·N doubles per thread. */
    public static final int MAX_WIDTH = 1024;

    public MlpArchitecture {
        check("inputs", inputs, 1);
        check("hidden1", hidden1, 1);
        check("hidden2", hidden2, 1);
        check("classes", classes, 2);
        if (activation == null) {
            throw new IllegalArgumentException("activation must be given");
        }
    }

    private static void check(String name, int v, int min) {
        if (v < min || v > MAX_WIDTH) {
            throw new IllegalArgumentException(name + " is " + v + ", expected " + min + ".." + MAX_WIDTH);
        }
    }

    /** The number of layers with weights (3). */
    public int layerCount() {
        return 3;
    }

    /** Inputs of weight layer l (0, 1, 2). */
    public int fanIn(int layer) {
        return switch (layer) {
            case 0 -> inputs;
            case 1 -> hidden1;
            default -> hidden2;
        };
    }

    /** Outputs (neurons) of weight layer l (0, 1, 2). */
    public int fanOut(int layer) {
        return switch (layer) {
            case 0 -> hidden1;
            case 1 -> hidden2;
            default -> classes;
        };
    }

    /** Offset in θ of layer l's weight matrix; its bias vector follows at weightOffset + fanOut·fanIn. */
    public int weightOffset(int layer) {
        int offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += fanOut(l) * (fanIn(l) + 1);
        }
        return offset;
    }

    /** Offset in θ of layer l's bias vector. */
    public int biasOffset(int layer) {
        return weightOffset(layer) + fanOut(layer) * fanIn(layer);
    }

    /** The length of θ. */
    public int parameterCount() {
        return weightOffset(3);
    }
}
