package dev.superlevel.core.optim;

/** Dimension bookkeeping and argument checks shared by the optimizers. */
abstract class AbstractOptimizer implements Optimizer {

    protected final int n;
    /** Updates made so far; the k of SPEC §1.2 is {@code count} after incrementing. */
    protected int count;
    /** The scaled direction of the last update (see {@link Optimizer#copyInternals}); NaN before the first. */
    protected final double[] lastDirection;

    AbstractOptimizer(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be ≥ 1, got " + dimension);
        }
        this.n = dimension;
        this.lastDirection = new double[dimension];
        java.util.Arrays.fill(lastDirection, Double.NaN);
    }

    /** The optimizer's first-moment or momentum buffer, null if it keeps none. */
    protected double[] buffer() {
        return null;
    }

    @Override
    public void copyInternals(double[] buffer, double[] direction) {
        double[] own = buffer();
        for (int i = 0; i < n; i++) {
            buffer[i] = own == null || count == 0 ? Double.NaN : own[i];
            direction[i] = lastDirection[i];
        }
    }

    @Override
    public final int dimension() {
        return n;
    }

    @Override
    public final void step(double[] x, double[] g, double lr) {
        if (x == null || g == null || x.length != n || g.length != n) {
            throw new IllegalArgumentException("step expects x and g of length " + n + ", got "
                    + (x == null ? "null" : x.length) + " and " + (g == null ? "null" : g.length));
        }
        count++;
        update(x, g, lr);
    }

    /** The update proper; {@link #count} already counts it. */
    protected abstract void update(double[] x, double[] g, double lr);
}
