package dev.superlevel.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

class DatasetGeneratorTest {

    @Test
    void sameSeedGivesSameFilesAndAnotherSeedDifferentOnes() {
        assertEquals(DatasetGenerator.generateAll(3), DatasetGenerator.generateAll(3));
        assertNotEquals(DatasetGenerator.generateAll(3).get("blobs.csv"),
                DatasetGenerator.generateAll(4).get("blobs.csv"));
    }

    @Test
    void bundledFilesAreExactlyWhatTheDocumentedCommandGenerates() throws IOException {
        for (Map.Entry<String, String> e : DatasetGenerator.generateAll(DatasetGenerator.DEFAULT_SEED).entrySet()) {
            try (InputStream in = getClass().getResourceAsStream("/sample-functions/" + e.getKey())) {
                assertNotNull(in, e.getKey() + " is not bundled");
                assertEquals(e.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8), e.getKey());
            }
        }
    }

    @Test
    void imbalancedSetHasNineToOneClasses() {
        Dataset d = parse("imbalanced_blobs.csv");
        assertEquals(180, d.classCounts()[0]);
        assertEquals(20, d.classCounts()[1]);
    }

    @Test
    void noisyRowsAndOnlyThoseHaveRhoBelowOne() {
        Dataset noisy = parse("noisy_labels.csv");
        int lowRho = 0;
        for (int i = 0; i < noisy.size(); i++) {
            boolean flipped = noisy.label(i) != (i < 100 ? 0 : 1);
            assertEquals(flipped, noisy.rho(i) < 1, "row " + i);
            lowRho += flipped ? 1 : 0;
        }
        assertTrue(lowRho > 10 && lowRho < 50, lowRho + " noisy rows");
    }

    private static Dataset parse(String name) {
        String text = DatasetGenerator.generateAll(DatasetGenerator.DEFAULT_SEED).get(name);
        return DatasetCsv.parse(name, List.of(text.split("\n")), 0);
    }
}
