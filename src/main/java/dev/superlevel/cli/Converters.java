package dev.superlevel.cli;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.io.function.PlanePoint;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option value converters. Each throws {@link TypeConversionException}, which picocli reports as
 * {@code Invalid value for option '--x': <message>} and the CLI turns into exit status 2.
 */
final class Converters {

    private Converters() {
    }

    /** A finite number: {@code NaN} and {@code Infinity} are rejected, as is anything non-numeric. */
    static double finite(String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new TypeConversionException("'" + text + "' is not a finite number");
        }
        return v;
    }

    /** Splits {@code "a,b,…"} into exactly {@code count} finite numbers. */
    static double[] finiteList(String text, int count, String shape) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new TypeConversionException("expected " + shape + ", got '" + text + "'");
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            v[k] = finite(parts[k]);
        }
        return v;
    }

    /** {@code --lambda}, {@code --lr} …: a finite number. */
    static final class FiniteDouble implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return finite(value);
        }
    }

    /** {@code --at X,Y}, {@code --start X,Y}: two finite numbers. */
    static final class Point implements ITypeConverter<PlanePoint> {
        @Override
        public PlanePoint convert(String value) {
            double[] v = finiteList(value, 2, "X,Y (two numbers)");
            return new PlanePoint(v[0], v[1]);
        }
    }

    /** {@code --domain xmin,xmax,ymin,ymax}. */
    static final class DomainConverter implements ITypeConverter<Domain> {
        @Override
        public Domain convert(String value) {
            try {
                return Domain.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --grid N}: an integer in [2, {@link GridSpec#MAX_SIDE}]. */
    static final class GridSide implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not an integer");
            }
            if (n < 2 || n > GridSpec.MAX_SIDE) {
                throw new TypeConversionException("grid must be between 2 and " + GridSpec.MAX_SIDE + ", got " + n);
            }
            return n;
        }
    }

    /** {@code --connectivity 4|8|contour}. */
    static final class ConnectivityConverter implements ITypeConverter<Connectivity> {
        @Override
        public Connectivity convert(String value) {
            try {
                return Connectivity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
