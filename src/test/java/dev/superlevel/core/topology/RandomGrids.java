package dev.superlevel.core.topology;

import dev.superlevel.core.grid.SampledField;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators: small grids whose values come from a small set, so ties, plateaus and holes abound. */
final class RandomGrids {

    /** Values on a grid; NaN is an undefined sample. */
    static final double[] VALUES = {-1, 0, 0.5, 1, 1.5, 2, 3, Double.NaN};
    /** Levels: every value, values between them, and both infinities. */
    static final double[] LEVELS = {-1, -0.5, 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 3.5,
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    private RandomGrids() {
    }

    /** Levels strictly between the values, so no sample lies exactly on the level. */
    static final double[] LEVELS_BETWEEN = {-0.5, 0.25, 0.75, 1.25, 1.75, 2.5, 3.5};

    static Arbitrary<SampledField> fields(int maxSide) {
        return fields(1, maxSide);
    }

    static Arbitrary<SampledField> fields(int minSide, int maxSide) {
        Arbitrary<Integer> side = Arbitraries.integers().between(minSide, maxSide);
        return Combinators.combine(side, side).flatAs((nx, ny) -> Arbitraries.of(box(VALUES))
                .array(Double[].class).ofSize(nx * ny)
                .map(vs -> rowsOf(vs, nx, ny)));
    }

    static Arbitrary<Double> levels() {
        return Arbitraries.of(box(LEVELS));
    }

    static Arbitrary<Double> levelsBetweenValues() {
        return Arbitraries.of(box(LEVELS_BETWEEN));
    }

    private static SampledField rowsOf(Double[] vs, int nx, int ny) {
        double[][] rows = new double[ny][nx];
        for (int r = 0; r < ny; r++) {
            for (int i = 0; i < nx; i++) {
                rows[r][i] = vs[r * nx + i];
            }
        }
        return SampledField.ofRowsTopDown(rows);
    }

    private static Double[] box(double[] a) {
        Double[] b = new Double[a.length];
        for (int k = 0; k < a.length; k++) {
            b[k] = a[k];
        }
        return b;
    }
}
