package dev.superlevel.core.topology;

import dev.superlevel.core.grid.SampledField;

/** Hand-made grids with known answers, rows given top-down as printed. */
final class Fixtures {

    static final double NAN = Double.NaN;

    private Fixtures() {
    }

    /**
     * The max-tree literature's 3×3 example. Flat indices (j = 0 is the bottom row):
     * <pre>
     *   15 13 16      k6 k7 k8
     *   12 12 10      k3 k4 k5
     *   16 12 14      k0 k1 k2
     * </pre>
     */
    static SampledField maxTree() {
        return SampledField.ofRowsTopDown(new double[][] {{15, 13, 16}, {12, 12, 10}, {16, 12, 14}});
    }

    /** A 2×2 saddle: the two 1s sit on the rising diagonal, the cell mean is 0.5. */
    static SampledField saddle() {
        return SampledField.ofRowsTopDown(new double[][] {{0, 1}, {1, 0}});
    }

    /** A 3×3 checkerboard of 1s (corners and centre) and 0s; every cell mean is 0.5. */
    static SampledField checkerboard() {
        return SampledField.ofRowsTopDown(new double[][] {{1, 0, 1}, {0, 1, 0}, {1, 0, 1}});
    }

    static SampledField rows(double[]... rowsTopDown) {
        return SampledField.ofRowsTopDown(rowsTopDown);
    }
}
