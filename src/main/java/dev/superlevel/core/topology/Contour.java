package dev.superlevel.core.topology;

/**
 * One polyline of a level-set boundary, in domain coordinates. The set lies to the left of the
 * direction of travel. A closed contour does not repeat its first point; an open one starts and ends
 * on the boundary of the domain.
 *
 * @param xs abscissae of the vertices (owned by this record; do not modify)
 * @param ys ordinates of the vertices, same length
 */
public record Contour(double[] xs, double[] ys, boolean closed) {

    public Contour {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("contour: " + xs.length + " x values but " + ys.length
                    + " y values");
        }
    }

    public int size() {
        return xs.length;
    }
}
