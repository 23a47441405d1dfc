package dev.superlevel.ui.landscape;

import java.util.List;
import javafx.beans.Observable;
import javafx.scene.canvas.GraphicsContext;

/**
 * An extra layer on the map drawn by a feature that lives outside this package (basins of attraction, the
 * optimizer's internals, a highlighted basin of the profile): the map calls {@link #paint} on its overlay
 * canvas, clipped to the plot rectangle, after the λ contour and recorded paths and before the runs, and
 * repaints whenever one of {@link #dependencies()} changes. FX thread only.
 */
public interface MapLayer {

    /** Draws the layer; {@code area} maps domain coordinates to canvas pixels. */
    void paint(GraphicsContext g, PlotArea area);

    /** What the layer's picture depends on; the map repaints when any of them is invalidated. */
    List<Observable> dependencies();

    /**
     * Whether the layer drawn over the runs (arrows of the current step) rather than under them. Default:
     * under.
     */
    default boolean overRuns() {
        return false;
    }

    /** The layer's entries for the map legend (empty when it shows nothing now). */
    default List<String> legendEntries() {
        return List.of();
    }

    /**
     * A plain click (no drag) at domain point (x, y); returns true when the layer consumed it, so the map does
     * not also move the selected run's start. Default: not consumed.
     */
    default boolean onClick(double x, double y) {
        return false;
    }
}
