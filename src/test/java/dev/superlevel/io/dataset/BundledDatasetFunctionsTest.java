package dev.superlevel.io.dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.function.FunctionLibrary;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The data-set functions bundled with the samples load from class-path resources, not files (issue 7). */
class BundledDatasetFunctionsTest {

    private static final List<String> DATASET_SAMPLES = List.of("blobs-logistic", "imbalanced-blobs-balanced",
            "noisy-labels-logistic", "moons-mlp");

    @Test
    void datasetFunctionsFollowTheClassicFunctionsInTheIndex() {
        List<String> names = FunctionLibrary.sampleNames();
        assertEquals(DATASET_SAMPLES, names.subList(names.size() - DATASET_SAMPLES.size(), names.size()));
        for (FunctionDefinition d : FunctionLibrary.samples()) {
            assertEquals(DATASET_SAMPLES.contains(d.name()), !d.isExpression(), d.name());
        }
    }

    @Test
    void bundledDatasetsAreReadAsResourcesWhichNeedNoFileOnDisk() {
        FunctionDataset blobs = FunctionLibrary.sample("blobs-logistic").orElseThrow().dataset().orElseThrow();
        assertEquals("/sample-functions/blobs.csv", blobs.resource().orElseThrow());
        // the spec's path is relative and names no file from the working directory: only the resource serves
        assertFalse(blobs.spec().dataset().isAbsolute());
        assertFalse(Files.exists(blobs.spec().dataset()));
        LossFunction loss = blobs.build(TrainingListener.NONE, Cancellation.NONE);
        // at θ = 0 (bias 0) every logit is 0, so every row costs log 2 whatever its label and features; the
        // mean of N = 200 rows carries the summation's rounding, at most (N + few)·2^-53 relative
        double tolerance = (200 + 4) * Math.ulp(1.0) / 2 * Math.log(2);
        assertEquals(Math.log(2), loss.value(0, 0), tolerance);
    }

    @Test
    void bundledLossEqualsTheSameFileReadFromTheSourceFolder() {
        FunctionDefinition bundled = FunctionLibrary.sample("imbalanced-blobs-balanced").orElseThrow();
        FunctionDefinition fromFile = FunctionLibrary.load(Path.of("sample-functions",
                "imbalanced-blobs-balanced.fn"));
        assertTrue(fromFile.dataset().orElseThrow().resource().isEmpty());
        LossFunction a = bundled.loss();
        LossFunction b = fromFile.loss();
        for (double[] p : new double[][] {{0.5, -1}, {2, 1.5}, {-3, 0.25}}) {
            assertEquals(b.derivatives(p[0], p[1]), a.derivatives(p[0], p[1]));
        }
        assertEquals("logistic cross-entropy on imbalanced_blobs.csv (balanced weights)", bundled.formula());
    }

    @Test
    void noisyLabelsSampleIsRegularised() {
        FunctionDefinition d = FunctionLibrary.sample("noisy-labels-logistic").orElseThrow();
        assertEquals("logistic cross-entropy on noisy_labels.csv (L2 λ=0.01)", d.formula());
    }
}
