package dev.superlevel.core.optim;

/** RMSprop (torch, no momentum, not centered): {@code sq = sq*alpha + (1-alpha)*g*g; x = x + (-lr)*g/(sqrt(sq) + eps)}. */
final class RmsProp extends AbstractOptimizer {

    private final double alpha;
    private final double eps;
    private final double[] sq;

    RmsProp(int dimension, double alpha, double eps) {
        super(dimension);
        this.alpha = alpha;
        this.eps = eps;
        this.sq = new double[dimension];
    }

    @Override
    protected void update(double[] x, double[] g, double lr) {
        for (int i = 0; i < n; i++) {
            sq[i] = sq[i] * alpha + (1 - alpha) * g[i] * g[i];
            lastDirection[i] = -g[i] / (Math.sqrt(sq[i]) + eps);
            x[i] = x[i] + (-lr) * g[i] / (Math.sqrt(sq[i]) + eps);
        }
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.RMSPROP;
    }
}
