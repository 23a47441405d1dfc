package dev.superlevel.bench;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.LandscapeSummary;
import dev.superlevel.io.function.FunctionResolver;

/**
 * How far the picture of an MLP slice (the network in float, {@code MlpSlice.valuesAlongRow}) is from the exact
 * double values, on a sample's own domain at 256² and 512²: the largest relative and absolute difference over
 * the grid, and the landscape summary of both (minima, maxima, mean and largest persistence) with contour and
 * 4-connectivity. Run after
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.superlevel.bench.MlpPictureAccuracy moons-mlp}.
 */
public final class MlpPictureAccuracy {
    private MlpPictureAccuracy() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "moons-mlp";
        LossFunction picture = FunctionResolver.resolve(name).loss();
        LossFunction exact = MlpSliceWall.pointByPoint(picture);
        Domain domain = FunctionResolver.resolve(name).domain();
        for (int n : new int[] {256, 512}) {
            GridSpec spec = new GridSpec(domain, n, n);
            SampledField p = GridSampler.sample(picture, spec);
            SampledField e = GridSampler.sample(exact, spec);
            double relative = 0;
            double absolute = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double d = Math.abs(p.value(i, j) - e.value(i, j));
                    relative = Math.max(relative, d / Math.abs(e.value(i, j)));
                    absolute = Math.max(absolute, d);
                    min = Math.min(min, e.value(i, j));
                }
            }
            System.out.printf("%s %d²: smallest L %.3g; largest difference %.2e relative, %.2e absolute%n", name, n, min,
                    relative, absolute);
            for (Connectivity c : new Connectivity[] {Connectivity.CONTOUR, Connectivity.FOUR}) {
                LandscapeSummary a = LandscapeSummary.of(p, c, 0, () -> false);
                LandscapeSummary b = LandscapeSummary.of(e, c, 0, () -> false);
                System.out.printf("  %s: picture %d minima, %d maxima, persistence mean %.6g max %.6g;"
                        + " exact %d, %d, %.6g, %.6g%n", c, a.minima(), a.maxima(), a.meanPersistence(),
                        a.maxPersistence(), b.minima(), b.maxima(), b.meanPersistence(), b.maxPersistence());
            }
        }
    }
}
