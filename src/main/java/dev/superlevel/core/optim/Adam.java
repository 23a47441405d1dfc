package dev.superlevel.core.optim;

/**
 * Adam (Kingma and Ba 2015) and AdamW (Loshchilov and Hutter 2019), torch semantics:
 * <pre>
 * adamw only: x = x*(1 - lr*wd)                 (decay first, gradient taken before it)
 * m = m*b1 + (1-b1)*g;  v = v*b2 + (1-b2)*g*g
 * step = lr/(1-b1^k);   denom = sqrt(v)/sqrt(1-b2^k) + eps
 * x = x + (-step)*m/denom
 * </pre>
 */
final class Adam extends AbstractOptimizer {

    private final double b1;
    private final double b2;
    private final double eps;
    private final double weightDecay;
    private final boolean isDecoupled;
    private final double[] m;
    private final double[] v;

    Adam(int dimension, double b1, double b2, double eps, double weightDecay, boolean isDecoupled) {
        super(dimension);
        this.b1 = b1;
        this.b2 = b2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.isDecoupled = isDecoupled;
        this.m = new double[dimension];
        this.v = new double[dimension];
    }

    @Override
    protected void update(double[] x, double[] g, double lr) {
        // b1^t once per update, looked up (PowerTable): Math.pow was most of an update's cost; same bits
        double correction1 = 1 - PowerTable.pow(b1, count);
        double step = lr / correction1;
        double directionScale = -(1 / correction1);
        double correction2Sqrt = Math.sqrt(1 - PowerTable.pow(b2, count));
        for (int i = 0; i < n; i++) {
            if (isDecoupled) {
                x[i] = x[i] * (1 - lr * weightDecay);
            }
            m[i] = m[i] * b1 + (1 - b1) * g[i];
            v[i] = v[i] * b2 + (1 - b2) * g[i] * g[i];
            double denom = Math.sqrt(v[i]) / correction2Sqrt + eps;
            lastDirection[i] = directionScale * m[i] / denom;
            x[i] = x[i] + (-step) * m[i] / denom;
        }
    }

    @Override
    protected double[] buffer() {
        return m;
    }

    @Override
    public OptimizerKind kind() {
        return isDecoupled ? OptimizerKind.ADAMW : OptimizerKind.ADAM;
    }
}
