package dev.superlevel.ui.landscape;

import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The map's mouse gestures: the wheel zooms about the cursor, a drag pans, a drag that starts on a run's
 * ○ start marker moves that start (the run recomputes in the background for every move, latest request
 * wins, so the path follows while dragging), and a click sets the selected run's start. FX thread.
 */
final class MapGestures {

    private static final double CLICK_SLOP = 4;
    /** How near (pixels) a press must be to a start marker to drag it. */
    private static final double GRAB_RADIUS = 9;

    private final Supplier<PlotArea> area;
    private final LandscapeViewModel landscape;
    private final RunsViewModel runs;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragged;
    /** The run whose start marker is being dragged, null when the drag pans. */
    private RunViewModel draggedStart;
    /** Map layers offered a plain click first (domain x, y); true when one consumed it. */
    private final java.util.function.BiPredicate<Double, Double> layerClick;

    MapGestures(Supplier<PlotArea> area, LandscapeViewModel landscape, RunsViewModel runs,
            java.util.function.BiPredicate<Double, Double> layerClick) {
        this.area = area;
        this.landscape = landscape;
        this.runs = runs;
        this.layerClick = layerClick;
    }

    void onScroll(ScrollEvent e) {
        PlotArea plot = area.get();
        if (e.getDeltaY() == 0 || !plot.contains(e.getX(), e.getY())) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 1 / 1.2 : 1.2;
        landscape.zoom(factor, plot.toDomainX(e.getX()), plot.toDomainY(e.getY()));
    }

    void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastDragX = pressX;
        lastDragY = pressY;
        dragged = false;
        draggedStart = e.getButton() == MouseButton.PRIMARY ? startMarkerAt(pressX, pressY) : null;
        if (draggedStart != null) {
            runs.selectedProperty().set(draggedStart);
        }
    }

    /** The run whose start marker is within {@link #GRAB_RADIUS} of (sx, sy), the selected one first. */
    RunViewModel startMarkerAt(double sx, double sy) {
        PlotArea plot = area.get();
        RunViewModel best = null;
        double bestDistance = GRAB_RADIUS;
        for (RunViewModel r : runs.runs()) {
            double[] s = r.start();
            if (s == null) {
                continue;
            }
            double d = Math.hypot(plot.toScreenX(s[0]) - sx, plot.toScreenY(s[1]) - sy)
                    - (r == runs.selectedProperty().get() ? 0.5 : 0);
            if (d <= bestDistance) {
                best = r;
                bestDistance = d;
            }
        }
        return best;
    }

    void onDragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
            dragged = true;
        }
        if (dragged && draggedStart != null) {
            // the path is recomputed in the background for every move; the newest start wins
            PlotArea plot = area.get();
            double sx = Math.max(plot.left(), Math.min(plot.left() + plot.width(), e.getX()));
            double sy = Math.max(plot.top(), Math.min(plot.top() + plot.height(), e.getY()));
            draggedStart.setStart(plot.toDomainX(sx), plot.toDomainY(sy));
        } else if (dragged) {
            PlotArea plot = area.get();
            double dx = (e.getX() - lastDragX) / plot.width() * plot.domain().width();
            double dy = (e.getY() - lastDragY) / plot.height() * plot.domain().height();
            landscape.pan(-dx, dy);
            lastDragX = e.getX();
            lastDragY = e.getY();
        }
    }

    void onReleased(MouseEvent e) {
        PlotArea plot = area.get();
        boolean wasMarkerDrag = draggedStart != null;
        draggedStart = null;
        if (!dragged && !wasMarkerDrag && e.getButton() == MouseButton.PRIMARY
                && plot.contains(e.getX(), e.getY())) {
            double x = plot.toDomainX(e.getX());
            double y = plot.toDomainY(e.getY());
            if (!layerClick.test(x, y)) {
                runs.setStartOfSelected(x, y);
            }
        }
    }
}
