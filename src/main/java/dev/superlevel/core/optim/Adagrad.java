package dev.superlevel.core.optim;

/**
 * Adagrad (torch, initial accumulator 0):
 * {@code clr = lr/(1 + (k-1)*lr_decay); sum = sum + g*g; x = x + (-clr)*g/(sqrt(sum) + eps)}.
 */
final class Adagrad extends AbstractOptimizer {

    private final double lrDecay;
    private final double eps;
    private final double[] sum;

    Adagrad(int dimension, double lrDecay, double eps) {
        super(dimension);
        this.lrDecay = lrDecay;
        this.eps = eps;
        this.sum = new double[dimension];
    }

    @Override
    protected void update(double[] x, double[] g, double lr) {
        double clr = lr / (1 + (count - 1) * lrDecay);
        for (int i = 0; i < n; i++) {
            sum[i] = sum[i] + g[i] * g[i];
            lastDirection[i] = -g[i] / (Math.sqrt(sum[i]) + eps) / (1 + (count - 1) * lrDecay);
            x[i] = x[i] + (-clr) * g[i] / (Math.sqrt(sum[i]) + eps);
        }
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.ADAGRAD;
    }
}
