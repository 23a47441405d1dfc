package dev.superlevel.ui.landscape;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;

/**
 * TEMPORARY stand-in for the function library until core.expr and io.FunctionLibrary land on main:
 * MATLAB's peaks. Delete once {@code FunctionLibrary.samples()} is available.
 */
final class TemporaryPeaks implements LossFunction {

    @Override
    public double value(double x, double y) {
        return 3 * (1 - x) * (1 - x) * Math.exp(-x * x - (y + 1) * (y + 1))
                - 10 * (x / 5 - x * x * x - Math.pow(y, 5)) * Math.exp(-x * x - y * y)
                - Math.exp(-(x + 1) * (x + 1) - y * y) / 3;
    }

    @Override
    public Derivatives derivatives(double x, double y) {
        double h = 1e-5;
        double v = value(x, y);
        double gx = (value(x + h, y) - value(x - h, y)) / (2 * h);
        double gy = (value(x, y + h) - value(x, y - h)) / (2 * h);
        return new Derivatives(v, gx, gy, Double.NaN, Double.NaN, Double.NaN);
    }
}
