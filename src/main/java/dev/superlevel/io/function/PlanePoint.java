package dev.superlevel.io.function;

/** A point (x, y) of the parameter plane, e.g. a suggested optimizer start. */
public record PlanePoint(double x, double y) {

    public PlanePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, got (" + x + ", " + y + ")");
        }
    }
}
