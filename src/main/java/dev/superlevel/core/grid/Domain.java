package dev.superlevel.core.grid;

/**
 * A rectangle [xmin, xmax] × [ymin, ymax] of the plane.
 *
 * @throws IllegalArgumentException if a bound is not finite or a range is empty (xmin ≥ xmax)
 */
public record Domain(double xmin, double xmax, double ymin, double ymax) {

    public Domain {
        if (!Double.isFinite(xmin) || !Double.isFinite(xmax) || !Double.isFinite(ymin)
                || !Double.isFinite(ymax)) {
            throw new IllegalArgumentException("domain bounds must be finite numbers");
        }
        if (!(xmin < xmax)) {
            throw new IllegalArgumentException("domain: xmin must be less than xmax, got xmin="
                    + xmin + ", xmax=" + xmax);
        }
        if (!(ymin < ymax)) {
            throw new IllegalArgumentException("domain: ymin must be less than ymax, got ymin="
                    + ymin + ", ymax=" + ymax);
        }
    }

    /** The default view, [−5, 5]². */
    public static Domain defaultDomain() {
        return new Domain(-5, 5, -5, 5);
    }

    /**
     * Parses {@code "xmin,xmax,ymin,ymax"}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Domain parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "domain must be xmin,xmax,ymin,ymax (four numbers), got '" + text + "'");
        }
        double[] v = new double[4];
        String[] names = {"xmin", "xmax", "ymin", "ymax"};
        for (int k = 0; k < 4; k++) {
            try {
                v[k] = Double.parseDouble(parts[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "domain " + names[k] + " is not a number: '" + parts[k].trim() + "'");
            }
        }
        return new Domain(v[0], v[1], v[2], v[3]);
    }

    public double width() {
        return xmax - xmin;
    }

    public double height() {
        return ymax - ymin;
    }

    public boolean contains(double x, double y) {
        return x >= xmin && x <= xmax && y >= ymin && y <= ymax;
    }
}
