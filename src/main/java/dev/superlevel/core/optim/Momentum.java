package dev.superlevel.core.optim;

/**
 * Heavy-ball momentum (torch SGD with momentum μ and dampening d), optionally Nesterov:
 * first update {@code buf = g}, later {@code buf = buf*mu + (1-d)*g}; then
 * {@code x = x - lr*buf}, or for Nesterov {@code x = x - lr*(g + mu*buf)}.
 */
final class Momentum extends AbstractOptimizer {

    private final double mu;
    private final double dampening;
    private final boolean isNesterov;
    private final double[] buf;

    Momentum(int dimension, double mu, double dampening, boolean isNesterov) {
        super(dimension);
        this.mu = mu;
        this.dampening = dampening;
        this.isNesterov = isNesterov;
        this.buf = new double[dimension];
    }

    @Override
    protected void update(double[] x, double[] g, double lr) {
        for (int i = 0; i < n; i++) {
            buf[i] = count == 1 ? g[i] : buf[i] * mu + (1 - dampening) * g[i];
            double d = isNesterov ? g[i] + mu * buf[i] : buf[i];
            lastDirection[i] = -d;
            x[i] = x[i] - lr * d;
        }
    }

    @Override
    protected double[] buffer() {
        return buf;
    }

    @Override
    public OptimizerKind kind() {
        return isNesterov ? OptimizerKind.NESTEROV : OptimizerKind.MOMENTUM;
    }
}
