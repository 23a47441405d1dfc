package dev.superlevel.io.dataset;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.data.Dataset;
import dev.superlevel.core.data.LogisticLoss;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.function.LossFunction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The data set a function file points at instead of an expression (issue 7): the loss description
 * ({@link DatasetLossSpec}) and where the CSV lives — a file, or a class-path resource for the samples
 * bundled in the jar (resources are not files, so the spec's path cannot be opened there). Immutable,
 * thread-safe.
 *
 * @param spec the model, class weights, regularisation and CSV path (for a resource: the path as written)
 * @param resource the class-path resource of the CSV (e.g. {@code /sample-functions/blobs.csv}), or empty
 *     when the CSV is the file {@code spec.dataset()}
 */
public record FunctionDataset(DatasetLossSpec spec, Optional<String> resource) {

    public FunctionDataset {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(resource, "resource");
    }

    /** The CSV's file name, e.g. {@code blobs.csv}. */
    public String fileName() {
        return String.valueOf(spec.dataset().getFileName());
    }

    /**
     * Reads the CSV and builds the loss; for an {@code mlp} this trains the network first (seconds).
     *
     * @throws DatasetFormatException on a malformed CSV (file, line, column)
     * @throws IllegalArgumentException if the data does not fit the model or options
     * @throws UncheckedIOException if the file cannot be read
     */
    public LossFunction build(TrainingListener listener, Cancellation cancel) {
        if (resource.isEmpty()) {
            return spec.build(listener, cancel);
        }
        // the same dispatch as DatasetLossSpec.build, on the resource's lines: logistic has two classes,
        // the MLP infers its class count from the labels
        Dataset data = DatasetCsv.parse(fileName(), readResource(resource.get()), spec.isMlp() ? 0 : 2);
        return spec.isMlp() ? spec.train(data, listener, cancel)
                : LogisticLoss.create(data, spec.bias(), spec.risk());
    }

    /** Reads the data set itself (e.g. for a scatter plot), as {@link #build} reads it. */
    public Dataset read() {
        int classes = spec.isMlp() ? 0 : 2;
        return resource.isEmpty() ? DatasetCsv.read(spec.dataset(), classes)
                : DatasetCsv.parse(fileName(), readResource(resource.get()), classes);
    }

    /**
     * A one-line description for captions and pickers, e.g.
     * {@code logistic cross-entropy on blobs.csv (balanced weights)} or
     * {@code MLP 16-16 tanh cross-entropy slice on moons.csv}.
     */
    public String formula() {
        StringBuilder s = new StringBuilder();
        if (spec.isMlp()) {
            s.append("MLP ").append(spec.mlp().hidden1()).append('-').append(spec.mlp().hidden2()).append(' ')
                    .append(spec.mlp().activation().label()).append(" cross-entropy slice on ");
        } else {
            s.append("logistic cross-entropy on ");
        }
        s.append(fileName());
        String weights = spec.risk().classWeights().toString();
        String reg = String.valueOf(spec.risk().regularizer()).toLowerCase(Locale.ROOT);
        StringBuilder extras = new StringBuilder();
        if (!weights.equals("uniform")) {
            extras.append(weights.equals("balanced") ? "balanced weights" : "weights " + weights);
        }
        if (!reg.equals("none")) {
            extras.append(extras.length() == 0 ? "" : ", ").append(reg.toUpperCase(Locale.ROOT))
                    .append(" λ=").append(spec.risk().regLambda());
        }
        if (!spec.isMlp() && spec.bias() != 0) {
            extras.append(extras.length() == 0 ? "" : ", ").append("bias ").append(spec.bias());
        }
        return extras.length() == 0 ? s.toString() : s.append(" (").append(extras).append(')').toString();
    }

    /** Whether the class-path resource exists. */
    public static boolean resourceExists(String resource) {
        return FunctionDataset.class.getResource(resource) != null;
    }

    private static List<String> readResource(String resource) {
        try (InputStream in = FunctionDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("bundled data set " + resource + " is missing"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
