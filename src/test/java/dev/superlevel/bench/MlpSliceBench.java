package dev.superlevel.bench;

import dev.superlevel.core.data.Activation;
import dev.superlevel.core.data.Dataset;
import dev.superlevel.core.data.LogisticLoss;
import dev.superlevel.core.data.MlpConfig;
import dev.superlevel.core.data.MlpSlice;
import dev.superlevel.core.data.RiskOptions;
import dev.superlevel.core.data.TrainingListener;
import dev.superlevel.core.data.UpdateRule;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Sampling data-set landscapes on the parallel grid sampler: a 2 → 16 → 16 → 2 MLP slice
 * (354 parameters) at 256×256 and the logistic risk at 512×512, both on 1,000 rows.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench=MlpSliceBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MlpSliceBench {

    @Param({"tanh", "relu"})
    public String activation;

    private MlpSlice slice;
    private LogisticLoss logistic;

    /** 1,000 rows: two noisy interleaving moons. */
    static Dataset moons(int n) {
        Random random = new Random(1);
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double t = Math.PI * random.nextDouble();
            x[i] = y[i] == 0
                    ? new double[] {Math.cos(t) + 0.15 * random.nextGaussian(), Math.sin(t) + 0.15 * random.nextGaussian()}
                    : new double[] {1 - Math.cos(t) + 0.15 * random.nextGaussian(), 0.5 - Math.sin(t) + 0.15 * random.nextGaussian()};
        }
        double[] rho = new double[n];
        Arrays.fill(rho, 1.0);
        return new Dataset("moons", x, y, rho, 2);
    }

    @Setup
    public void setUp() {
        Dataset data = moons(1000);
        MlpConfig config = MlpConfig.DEFAULT.withActivation(Activation.parse(activation)).withSteps(200)
                .withLearningRate(0.5);
        slice = MlpSlice.train(data, RiskOptions.DEFAULT, config, UpdateRule.gradientDescent(),
                TrainingListener.NONE, () -> false);
        logistic = LogisticLoss.create(data, 0, RiskOptions.DEFAULT);
    }

    @Benchmark
    public SampledField mlpSlice256() {
        return GridSampler.sample(slice, new GridSpec(new Domain(-1, 1, -1, 1), 256, 256));
    }

    @Benchmark
    public SampledField logistic512() {
        return GridSampler.sample(logistic, new GridSpec(new Domain(-5, 5, -5, 5), 512, 512));
    }
}
