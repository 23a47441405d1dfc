package dev.superlevel.core.analysis;

import dev.superlevel.core.grid.Domain;

import java.util.Objects;

/**
 * An M×M lattice of start points over a view (SPEC §3.1 {@code basins}): inclusive endpoints,
 * x_i = xmin + i·(xmax − xmin)/(M − 1), y_j likewise, x fastest, so start k = j·M + i.
 *
 * @param domain the view
 * @param side   M, at least 2
 */
public record Lattice(Domain domain, int side) {

    /** The largest accepted side (1024² runs). */
    public static final int MAX_SIDE = 1024;

    public Lattice {
        Objects.requireNonNull(domain, "domain");
        if (side < 2 || side > MAX_SIDE) {
            throw new IllegalArgumentException("lattice side must be between 2 and " + MAX_SIDE + ", got " + side);
        }
    }

    /** M². */
    public int size() {
        return side * side;
    }

    /** x of start k. */
    public double x(int k) {
        int i = k % side;
        return domain.xmin() + i * (domain.xmax() - domain.xmin()) / (side - 1);
    }

    /** y of start k. */
    public double y(int k) {
        int j = k / side;
        return domain.ymin() + j * (domain.ymax() - domain.ymin()) / (side - 1);
    }
}
