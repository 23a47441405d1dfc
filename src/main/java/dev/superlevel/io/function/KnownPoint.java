package dev.superlevel.io.function;

/**
 * A published critical point of a function (a minimum or a maximum) with its source.
 *
 * <p>The resolutions record how precisely the source states the point, so that a check of the
 * value against the expression can use a tolerance the publication justifies: a number written with
 * d decimals is taken as rounded to d decimals (resolution ½·10^−d); a number written without a
 * decimal point (e.g. {@code 1}, {@code -3}) is taken as exact (resolution 0).
 *
 * @param x abscissa of the point
 * @param y ordinate of the point
 * @param value the published L(x, y)
 * @param source where the point is published (author, year, or "computed: how")
 * @param coordinateResolution the larger of the two coordinates' rounding half-units
 * @param valueResolution the value's rounding half-unit
 */
public record KnownPoint(double x, double y, double value, String source, double coordinateResolution,
        double valueResolution) {

    public KnownPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a known point must have finite coordinates and value");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a known point needs a source ('# where it is published')");
        }
    }
}
