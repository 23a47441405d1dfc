package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.Domain;

/**
 * Maps between domain coordinates and canvas pixels for a plot rectangle. y grows upwards in the
 * domain and downwards on screen.
 */
public record PlotArea(double left, double top, double width, double height, Domain domain) {

    public double toScreenX(double x) {
        return left + (x - domain.xmin()) / domain.width() * width;
    }

    public double toScreenY(double y) {
        return top + (domain.ymax() - y) / domain.height() * height;
    }

    public double toDomainX(double sx) {
        return domain.xmin() + (sx - left) / width * domain.width();
    }

    public double toDomainY(double sy) {
        return domain.ymax() - (sy - top) / height * domain.height();
    }

    public boolean contains(double sx, double sy) {
        return sx >= left && sx <= left + width && sy >= top && sy <= top + height;
    }
}
