package dev.superlevel.io.dataset;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.data.Activation;
import dev.superlevel.core.data.ClassWeights;
import dev.superlevel.core.data.Dataset;
import dev.superlevel.core.data.LogisticLoss;
import dev.superlevel.core.data.MlpConfig;
import dev.superlevel.core.data.MlpSlice;
import dev.superlevel.core.data.RiskOptions;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.Regularizer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A data-set-backed loss as the CLI flags and the function-file keys describe it (issue 7, SPEC §3):
 *
 * <pre>
 *   dataset       = blobs.csv        the CSV (x1,x2[,x3…],label[,rho]); relative to the .fn file's folder
 *   model         = logistic | mlp   default logistic
 *   bias          = 0                logistic only: the fixed bias b
 *   class-weights = balanced | W0,W1,…   default all 1
 *   reg           = none | l1 | l2   default none
 *   reg-lambda    = 0                λ_reg ≥ 0
 *   mlp-activation = tanh | relu     mlp only (default tanh)
 *   mlp-hidden    = 16,16            mlp only: widths of the two hidden layers
 *   mlp-steps     = 1500             mlp only: full-batch training updates
 *   mlp-optimizer = adam             mlp only: a core.optim optimizer name (gd, momentum, adam, …)
 *   mlp-lr        = 0.01             mlp only: the training rate
 *   mlp-seed      = 1                mlp only: initial weights (Random(seed)) and directions (Random(~seed))
 * </pre>
 *
 * @param dataset the CSV file
 * @param model {@code logistic} or {@code mlp}
 * @param bias the logistic model's fixed bias
 * @param risk class weights and regularisation
 * @param mlp the MLP's architecture, training and seed (ignored for logistic)
 */
public record DatasetLossSpec(Path dataset, String model, double bias, RiskOptions risk, MlpConfig mlp) {

    /** Every key {@link #fromKeys} accepts. */
    public static final Set<String> KEYS = Set.of("dataset", "model", "bias", "class-weights", "reg", "reg-lambda",
            "mlp-activation", "mlp-hidden", "mlp-steps", "mlp-optimizer", "mlp-lr", "mlp-seed");

    /** The logistic landscape's default view of θ = (w1, w2). */
    public static final Domain LOGISTIC_DOMAIN = new Domain(-5, 5, -5, 5);
    /** The MLP slice's default view of (a, b): one filter-normalised direction length each way. */
    public static final Domain MLP_DOMAIN = new Domain(-1, 1, -1, 1);

    public DatasetLossSpec {
        if (dataset == null) {
            throw new IllegalArgumentException("missing dataset file");
        }
        String m = model == null ? "logistic" : model.trim().toLowerCase(Locale.ROOT);
        if (!m.equals("logistic") && !m.equals("mlp")) {
            throw new IllegalArgumentException("unknown model '" + model + "', expected logistic or mlp");
        }
        model = m;
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias is " + bias + ", expected a finite number");
        }
        risk = risk == null ? RiskOptions.DEFAULT : risk;
        mlp = mlp == null ? MlpConfig.DEFAULT : mlp;
    }

    public boolean isMlp() {
        return model.equals("mlp");
    }

    /** The default view of this landscape. */
    public Domain defaultDomain() {
        return isMlp() ? MLP_DOMAIN : LOGISTIC_DOMAIN;
    }

    /**
     * Reads the data set and builds the loss; for {@code mlp} this trains the network first.
     *
     * @throws DatasetFormatException on a malformed CSV (file, line, column)
     * @throws IllegalArgumentException if the data does not fit the model or options
     */
    public LossFunction build(TrainingListener listener, Cancellation cancel) {
        if (isMlp()) {
            Dataset data = DatasetCsv.read(dataset);
            return train(data, listener, cancel);
        }
        return LogisticLoss.create(DatasetCsv.read(dataset, 2), bias, risk);
    }

    /**
     * Trains the MLP on {@code data}; training that diverges is bad input (the rate is too high for the
     * data), reported as such instead of as an internal error.
     *
     * @throws IllegalArgumentException naming mlp-lr when the loss stops being finite
     */
    LossFunction train(Dataset data, TrainingListener listener, Cancellation cancel) {
        try {
            return MlpSlice.train(data, risk, mlp, listener, cancel);
        } catch (IllegalStateException diverged) {
            throw new IllegalArgumentException("mlp-lr: " + diverged.getMessage(), diverged);
        }
    }

    /**
     * From key/value pairs (a function file's, or the CLI's): every key of {@link #KEYS} optional
     * except {@code dataset}; a relative dataset path is resolved against {@code baseDir}.
     *
     * @throws DatasetKeyException naming the key and the bad value
     */
    public static DatasetLossSpec fromKeys(Map<String, String> keys, Path baseDir) {
        for (String key : keys.keySet()) {
            if (!KEYS.contains(key)) {
                throw new DatasetKeyException(key, "unknown data-set key", null);
            }
        }
        String file = keys.get("dataset");
        if (file == null || file.isBlank()) {
            throw new DatasetKeyException("dataset", "missing, give the CSV file", null);
        }
        Path path = Path.of(file.trim());
        Path resolved = path.isAbsolute() || baseDir == null ? path : baseDir.resolve(path);
        RiskOptions risk = new RiskOptions(
                parsed(keys, "class-weights", ClassWeights::parse, ClassWeights.uniform()),
                parsed(keys, "reg", DatasetLossSpec::regularizer, Regularizer.NONE),
                parsed(keys, "reg-lambda", DatasetLossSpec::nonNegative, 0.0));
        String model = parsed(keys, "model", DatasetLossSpec::model, "logistic");
        return new DatasetLossSpec(resolved, model, parsed(keys, "bias", DatasetLossSpec::finite, 0.0), risk,
                mlpConfig(keys));
    }

    private static MlpConfig mlpConfig(Map<String, String> keys) {
        MlpConfig d = MlpConfig.DEFAULT;
        int[] hidden = parsed(keys, "mlp-hidden", DatasetLossSpec::widths, new int[] {d.hidden1(), d.hidden2()});
        MlpConfig config = new MlpConfig(
                parsed(keys, "mlp-activation", Activation::parse, d.activation()), hidden[0], hidden[1],
                parsed(keys, "mlp-optimizer", OptimizerKind::parse, d.optimizer()),
                parsed(keys, "mlp-steps", t -> bounded(t, 0, MlpConfig.MAX_STEPS), d.steps()),
                parsed(keys, "mlp-lr", DatasetLossSpec::finite, d.learningRate()),
                parsed(keys, "mlp-seed", DatasetLossSpec::integer, d.seed()));
        parsed(keys, "mlp-hidden", t -> config.architecture(1, 2), null); // widths in range, reported now
        return config;
    }

    /** The parsed value of {@code key}, or {@code fallback} when absent; a bad value names the key. */
    private static <T> T parsed(Map<String, String> keys, String key, Function<String, T> parser, T fallback) {
        String text = keys.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw new DatasetKeyException(key, e.getMessage(), e);
        }
    }

    /** {@link Regularizer} by its CLI name; the message names this key's values (not the optimizer's cost-reg). */
    private static Regularizer regularizer(String text) {
        for (Regularizer r : Regularizer.values()) {
            if (r.cliName().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown regularizer '" + text + "', expected none, l1 or l2");
    }

    private static String model(String text) {
        String m = text.toLowerCase(Locale.ROOT);
        if (!m.equals("logistic") && !m.equals("mlp")) {
            throw new IllegalArgumentException("unknown model '" + text + "', expected logistic or mlp");
        }
        return m;
    }

    private static int[] widths(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected two widths H1,H2, got '" + text + "'");
        }
        return new int[] {bounded(parts[0], 1, Integer.MAX_VALUE), bounded(parts[1], 1, Integer.MAX_VALUE)};
    }

    private static double finite(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text.trim() + "' is not a finite number");
    }

    private static double nonNegative(String text) {
        double v = finite(text);
        if (v < 0) {
            throw new IllegalArgumentException(v + " is negative");
        }
        return v;
    }

    /** An integer in [min, max]; never wraps around (issue 12: 4294967306 used to become 10). */
    private static int bounded(String text, int min, int max) {
        long v = integer(text);
        if (v < min || v > max) {
            throw new IllegalArgumentException(text.trim() + " is out of range " + min + ".." + max);
        }
        return (int) v;
    }

    private static long integer(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not an integer", e);
        }
    }
}
