package dev.superlevel.cli;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.dataset.DatasetLossSpec;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.ScaleHint;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The data-set alternative to {@code --function} (SPEC §3, issue 7): {@code --dataset FILE.csv --model
 * logistic|mlp [--bias B] [--class-weights W0,W1|balanced] [--reg none|l1|l2] [--reg-lambda R]}, plus the
 * MLP's {@code --mlp-*} options. A picocli mixin; every flag maps one-to-one to a key of
 * {@link DatasetLossSpec} (the same keys a function file may use), so both paths share one parser.
 */
public class DatasetOptions {

    @Option(names = "--dataset", paramLabel = "FILE.csv",
            description = "A labelled data set: CSV with header x1,x2[,x3…],label[,rho]. Replaces --function.")
    String dataset;

    @Option(names = "--model", paramLabel = "logistic|mlp",
            description = "logistic: the risk over (w1, w2); mlp: a slice through a trained 16-16 MLP (default logistic).")
    String model;

    @Option(names = "--bias", paramLabel = "B", description = "The logistic model's fixed bias b (default 0).")
    String bias;

    @Option(names = "--class-weights", paramLabel = "W0,W1|balanced",
            description = "Class weights: explicit, or balanced = N/(C·N_c) (default all 1).")
    String classWeights;

    @Option(names = "--reg", paramLabel = "none|l1|l2", description = "Penalty Ω (default none).")
    String reg;

    @Option(names = "--reg-lambda", paramLabel = "R", description = "λ_reg ≥ 0 (default 0).")
    String regLambda;

    @Option(names = "--mlp-activation", paramLabel = "tanh|relu", description = "MLP hidden activation (default tanh).")
    String mlpActivation;

    @Option(names = "--mlp-hidden", paramLabel = "H1,H2", description = "MLP hidden widths (default 16,16).")
    String mlpHidden;

    @Option(names = "--mlp-steps", paramLabel = "N", description = "MLP full-batch training updates (default 1500).")
    String mlpSteps;

    @Option(names = "--mlp-optimizer", paramLabel = "NAME", description = "MLP training optimizer (default adam).")
    String mlpOptimizer;

    @Option(names = "--mlp-lr", paramLabel = "LR", description = "MLP training rate (default 0.01).")
    String mlpLr;

    @Option(names = "--mlp-seed", paramLabel = "S", description = "Seed of the MLP's weights and slice directions (default 1).")
    String mlpSeed;

    /** Whether {@code --dataset} was given. */
    public boolean isSet() {
        return dataset != null;
    }

    /**
     * The data-set loss the flags describe; a relative path is taken from the working directory.
     *
     * @throws IllegalArgumentException naming the flag when a value is bad, or when a model flag is given
     *         without {@code --dataset}
     */
    public DatasetLossSpec spec() {
        Map<String, String> keys = keys();
        if (dataset == null) {
            throw new IllegalArgumentException(keys.isEmpty() ? "missing required option '--dataset=FILE.csv'"
                    : "--" + keys.keySet().iterator().next() + " needs --dataset FILE.csv");
        }
        try {
            return DatasetLossSpec.fromKeys(keys, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage(), e);
        }
    }

    /**
     * Reads the data set and builds its loss (training the MLP first, if that is the model), with a
     * bare definition: name = the CSV's stem, default domain of the model, no expression.
     *
     * @throws IllegalArgumentException naming the flag, or the file, line and column of a bad CSV
     */
    public ResolvedLoss resolve() {
        DatasetLossSpec spec = spec();
        LossFunction loss;
        try {
            loss = spec.build(TrainingListener.NONE, Cancellation.NONE);
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith("mlp-lr:")) { // training diverged: name the flag
                throw new IllegalArgumentException("--" + e.getMessage(), e);
            }
            throw e;
        }
        String file = String.valueOf(spec.dataset().getFileName());
        String stem = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
        FunctionDefinition definition = new FunctionDefinition(stem, spec.model() + " risk on " + file, "",
                List.of(), spec.defaultDomain(), Optional.empty(), OptionalDouble.empty(), SetMode.SUPERLEVEL,
                ScaleHint.LINEAR, List.of(), List.of(), "");
        return new ResolvedLoss(loss, definition);
    }

    /** The first data-set flag given, e.g. {@code --model}, for messages; empty when none. */
    String firstFlag() {
        return keys().keySet().stream().findFirst().map(k -> "--" + k).orElse("");
    }

    /** Whether any data-set flag was given (so that a stray --model without --dataset is reported). */
    public boolean isAnySet() {
        return !keys().isEmpty();
    }

    private Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        put(keys, "dataset", dataset == null ? null : Path.of(dataset).toString());
        put(keys, "model", model);
        put(keys, "bias", bias);
        put(keys, "class-weights", classWeights);
        put(keys, "reg", reg);
        put(keys, "reg-lambda", regLambda);
        put(keys, "mlp-activation", mlpActivation);
        put(keys, "mlp-hidden", mlpHidden);
        put(keys, "mlp-steps", mlpSteps);
        put(keys, "mlp-optimizer", mlpOptimizer);
        put(keys, "mlp-lr", mlpLr);
        put(keys, "mlp-seed", mlpSeed);
        return keys;
    }

    private static void put(Map<String, String> keys, String key, String value) {
        if (value != null) {
            keys.put(key, value);
        }
    }
}
