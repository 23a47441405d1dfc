package dev.superlevel.core.optim;

/** Plain gradient descent: {@code x = x - lr*g}. Stateless. */
final class GradientDescent extends AbstractOptimizer {

    GradientDescent(int dimension) {
        super(dimension);
    }

    @Override
    protected void update(double[] x, double[] g, double lr) {
        for (int i = 0; i < n; i++) {
            lastDirection[i] = -g[i];
            x[i] = x[i] - lr * g[i];
        }
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.GD;
    }
}
