package dev.superlevel.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.data.ClassWeights;
import dev.superlevel.core.data.LogisticLoss;
import dev.superlevel.core.data.MlpSlice;
import dev.superlevel.core.data.RiskOptions;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.Regularizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

class DatasetLossSpecTest {

    @TempDir
    Path dir;

    private Path blobs() throws IOException {
        Path p = dir.resolve("blobs.csv");
        Files.writeString(p, DatasetGenerator.generateAll(DatasetGenerator.DEFAULT_SEED).get("blobs.csv"));
        return p;
    }

    @Test
    void relativeDatasetPathIsResolvedAgainstTheBaseFolder() throws IOException {
        blobs();
        DatasetLossSpec spec = DatasetLossSpec.fromKeys(Map.of("dataset", "blobs.csv"), dir);
        assertEquals(dir.resolve("blobs.csv"), spec.dataset());
        assertEquals("logistic", spec.model());
    }

    @Test
    void logisticFromKeysEqualsTheDirectlyBuiltLoss() throws IOException {
        Path file = blobs();
        LossFunction built = DatasetLossSpec.fromKeys(Map.of("dataset", file.toString(), "bias", "0.5",
                "class-weights", "balanced", "reg", "l2", "reg-lambda", "0.1"), null).build(TrainingListener.NONE, () -> false);
        LogisticLoss direct = LogisticLoss.create(DatasetCsv.read(file, 2), 0.5,
                new RiskOptions(ClassWeights.balanced(), Regularizer.L2, 0.1));
        assertEquals(direct.value(1.5, -0.5), built.value(1.5, -0.5), 0.0);
    }

    @Test
    void mlpKeysTrainASliceOfTheRequestedWidth() throws IOException {
        Path file = blobs();
        LossFunction built = DatasetLossSpec.fromKeys(Map.of("dataset", file.toString(), "model", "MLP",
                "mlp-hidden", "3,4", "mlp-steps", "5", "mlp-optimizer", "gd", "mlp-lr", "0.1"), null)
                .build(TrainingListener.NONE, () -> false);
        MlpSlice slice = assertInstanceOf(MlpSlice.class, built);
        assertEquals(2 * 3 + 3 + 3 * 4 + 4 + 4 * 2 + 2, slice.center().length);
    }

    @Test
    void badValueNamesItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetLossSpec.fromKeys(Map.of("dataset", "a.csv", "reg-lambda", "-1"), null));
        assertEquals("reg-lambda: -1.0 is negative", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DatasetLossSpec.fromKeys(Map.of("dataset", "a.csv", "model", "svm"), null));
        assertEquals("model: unknown model 'svm', expected logistic or mlp", e.getMessage());
    }

    @Test
    void regularizerIsParsedCaseInsensitivelyAndAnUnknownOneNamesTheKey() {
        assertEquals(Regularizer.L1, DatasetLossSpec.fromKeys(Map.of("dataset", "a.csv", "reg", "L1"), null)
                .risk().regularizer());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetLossSpec.fromKeys(Map.of("dataset", "a.csv", "reg", "l3"), null));
        assertEquals("reg: unknown regularizer 'l3', expected none, l1 or l2", e.getMessage());
    }

    @Test
    void unknownKeyIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetLossSpec.fromKeys(Map.of("dataset", "a.csv", "lamda", "1"), null));
        assertEquals("lamda: unknown data-set key", e.getMessage());
    }

    @Test
    void malformedCsvSurfacesWithFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,label\n1,2,3\n");
        DatasetLossSpec spec = DatasetLossSpec.fromKeys(Map.of("dataset", bad.toString()), null);
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> spec.build(TrainingListener.NONE, () -> false));
        assertEquals("bad.csv: line 2, column 3 (label): label 3 is out of range 0..1 (the model has 2 classes)",
                e.getMessage());
    }
}
