package dev.superlevel.bench;

import dev.superlevel.core.data.Activation;
import dev.superlevel.core.data.MlpArchitecture;
import dev.superlevel.core.data.MlpRisk;
import dev.superlevel.core.data.MlpSlice;
import dev.superlevel.core.data.RiskOptions;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the 256² MLP slice of {@link MlpSliceBench}'s setup (2 → 16 → 16 → 2, 1,000 moons rows) around a
 * fixed random θ* (seed 7, not trained, so two builds of the code see the same parameters) as 65,536
 * big-endian doubles, to compare the values of two versions of the forward pass. Run after
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.superlevel.bench.MlpSliceValueDump tanh out.bin}.
 */
public final class MlpSliceValueDump {
    private MlpSliceValueDump() {
    }

    public static void main(String[] args) throws IOException {
        MlpArchitecture arch = new MlpArchitecture(2, 16, 16, 2, Activation.parse(args[0]));
        MlpRisk risk = new MlpRisk(MlpSliceBench.moons(1000), arch, RiskOptions.DEFAULT);
        Random random = new Random(7);
        double[] theta = new double[arch.parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = random.nextGaussian();
        }
        SampledField field = GridSampler.sample(new MlpSlice(risk, theta, 3),
                new GridSpec(new Domain(-1, 1, -1, 1), 256, 256));
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            for (int j = 0; j < 256; j++) {
                for (int i = 0; i < 256; i++) {
                    out.writeDouble(field.value(i, j));
                }
            }
        }
    }
}
