package dev.superlevel.core.optim;

/** Dimension bookkeeping and argument checks shared by the optimizers. */
abstract class AbstractOptimizer implements Optimizer {

    protected final int n;
    /** Updates made so far; the k of SPEC §1.2 is {@code count} after incrementing. */
    protected int count;

    AbstractOptimizer(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be ≥ 1, got " + dimension);
        }
        this.n = dimension;
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
