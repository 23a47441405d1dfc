package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.render.Polyline;
import dev.superlevel.ui.levelset.LevelSetViewModel;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The centre of the window: the heat map with S_λ shaded (one {@code setPixels} per update into a
 * {@link WritableImage}) on a base canvas, and the λ contour plus trajectories on an overlay canvas.
 * Wheel zooms about the cursor, drag pans, a click sets the selected run's start; hovering reports
 * x, y, L, ∇L and the component. Axes ticks and a colour bar frame the map.
 */
public final class LandscapeView extends Pane {

    private static final double LEFT = 56;
    private static final double BOTTOM = 34;
    private static final double TOP = 10;
    private static final double RIGHT = 78;
    private static final double CLICK_SLOP = 4;

    private final LandscapeViewModel landscape;
    private final LevelSetViewModel levelSet;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private WritableImage image;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragged;
    private List<dev.superlevel.core.surface.RecordedPath> recorded = List.of();

    public LandscapeView(LandscapeViewModel landscape, LevelSetViewModel levelSet, RunsViewModel runs,
            PlaybackViewModel playback) {
        this.landscape = landscape;
        this.levelSet = levelSet;
        this.runs = runs;
        this.playback = playback;
        base.setId("landscape-canvas");
        overlay.setId("landscape-overlay");
        overlay.setMouseTransparent(true);
        getChildren().addAll(base, overlay);
        getStyleClass().add("landscape-view");
        setMinSize(240, 200);
        setPrefSize(720, 620);
        Tooltip.install(base, tip);
        wire();
    }

    /** The map's help tooltip; hidden as soon as the pointer leaves the map. */
    private final Tooltip tip = new Tooltip("Wheel: zoom about the cursor · drag: pan · click: set the start"
            + " of the selected run");

    private void wire() {
        levelSet.pixelsProperty().addListener((obs, o, n) -> updateImage());
        landscape.viewDomainProperty().addListener(o -> redrawAll());
        levelSet.contoursProperty().addListener(o -> drawOverlay());
        playback.currentStepProperty().addListener(o -> drawOverlay());
        runs.selectedProperty().addListener(o -> drawOverlay());
        runs.focusProperty().addListener(o -> drawOverlay());
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> {
                    r.trajectoryProperty().addListener(o -> drawOverlay());
                    r.visibleProperty().addListener(o -> drawOverlay());
                });
            }
            drawOverlay();
        });
        runs.runs().forEach(r -> {
            r.trajectoryProperty().addListener((Observable o) -> drawOverlay());
            r.visibleProperty().addListener((Observable o) -> drawOverlay());
        });
        base.setOnScroll(this::onScroll);
        base.setOnMousePressed(this::onPressed);
        base.setOnMouseDragged(this::onDragged);
        base.setOnMouseReleased(this::onReleased);
        base.setOnMouseMoved(this::onMoved);
        base.setOnMouseExited(e -> {
            hoverText.set("");
            tip.hide();
        });
    }

    @Override
    protected void layoutChildren() {
        for (Canvas c : new Canvas[] {base, overlay}) {
            c.setWidth(getWidth());
            c.setHeight(getHeight());
        }
        redrawAll();
    }

    /** The plot rectangle for the current size and view domain. */
    public PlotArea plotArea() {
        return new PlotArea(LEFT, TOP, Math.max(10, getWidth() - LEFT - RIGHT),
                Math.max(10, getHeight() - TOP - BOTTOM), landscape.viewDomainProperty().get());
    }

    private void updateImage() {
        RasterPixels px = levelSet.pixelsProperty().get();
        if (px == null) {
            return;
        }
        if (image == null || (int) image.getWidth() != px.width() || (int) image.getHeight() != px.height()) {
            image = new WritableImage(px.width(), px.height());
        }
        image.getPixelWriter().setPixels(0, 0, px.width(), px.height(), PixelFormat.getIntArgbInstance(),
                px.argb(), 0, px.width());
        drawBase();
    }

    private void redrawAll() {
        drawBase();
        drawOverlay();
    }

    private void drawBase() {
        GraphicsContext g = base.getGraphicsContext2D();
        g.clearRect(0, 0, base.getWidth(), base.getHeight());
        PlotArea area = plotArea();
        g.setFill(Color.gray(0.5, 0.25));
        g.fillRect(area.left(), area.top(), area.width(), area.height());
        LandscapeData data = landscape.dataProperty().get();
        if (image != null && data != null) {
            // the picture keeps its own domain, so after a zoom the old picture is shown moved until
            // the re-sampled one arrives
            Domain d = data.field().spec().domain();
            g.save();
            g.beginPath();
            g.rect(area.left(), area.top(), area.width(), area.height());
            g.clip();
            g.setImageSmoothing(false);
            double x0 = area.toScreenX(d.xmin());
            double y0 = area.toScreenY(d.ymax());
            g.drawImage(image, x0, y0, area.toScreenX(d.xmax()) - x0, area.toScreenY(d.ymin()) - y0);
            g.restore();
        }
        FramePainter.drawAxes(g, area, textColour());
        if (data != null) {
            FramePainter.drawColourBar(g, area, data, levelSet.lambdaProperty().get(), textColour());
        }
    }

    private Color textColour() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark") ? Color.gray(0.9)
                : Color.gray(0.1);
    }

    static Color argbColour(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        PlotArea area = plotArea();
        g.save();
        g.beginPath();
        g.rect(area.left(), area.top(), area.width(), area.height());
        g.clip();
        drawContours(g, area, levelSet.contoursProperty().get());
        recorded.forEach(p -> RecordedPathOverlay.draw(g, area, p));  // issue 10: under the runs
        for (RunViewModel run : runs.runs()) {
            if (run.visibleProperty().get()) {
                // focus on the selected run: the others stay for context, faint
                g.setGlobalAlpha(runs.isDimmed(run) ? 0.25 : 1);
                drawRun(g, area, run, run == runs.selectedProperty().get());
            }
        }
        g.setGlobalAlpha(1);
        g.restore();
    }

    /** Draws {@code paths} (recorded training paths, issue 10) over the map in their own style, kept in sync. */
    public void showRecordedPaths(javafx.collections.ObservableList<dev.superlevel.core.surface.RecordedPath> paths) {
        recorded = paths;
        paths.addListener((Observable o) -> drawOverlay());
        drawOverlay();
    }

    private void drawContours(GraphicsContext g, PlotArea area, List<Polyline> contours) {
        // white reads on viridis and on the shading; run colours are never white, so it stays distinct
        strokeContours(g, area, contours, Color.WHITE, 1.6);
    }

    private static void strokeContours(GraphicsContext g, PlotArea area, List<Polyline> contours, Color colour,
            double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        for (Polyline c : contours) {
            int n = c.xs().length;
            double[] sx = new double[n];
            double[] sy = new double[n];
            for (int k = 0; k < n; k++) {
                sx[k] = area.toScreenX(c.xs()[k]);
                sy[k] = area.toScreenY(c.ys()[k]);
            }
            if (c.closed()) {
                g.strokePolygon(sx, sy, n);
            } else {
                g.strokePolyline(sx, sy, n);
            }
        }
    }

    private void drawRun(GraphicsContext g, PlotArea area, RunViewModel run, boolean selected) {
        Color colour = argbColour(run.argb());
        Trajectory t = run.trajectoryProperty().get();
        double[] start = run.start();
        if (t != null && !t.steps().isEmpty()) {
            List<TrajectoryStep> steps = t.steps();
            int last = Math.min(playback.currentStepProperty().get(), steps.size() - 1);
            int stride = Math.max(1, last / 4000);
            int n = last / stride + 2;
            double[] sx = new double[n];
            double[] sy = new double[n];
            int m = 0;
            for (int k = 0; k <= last; k += stride) {
                sx[m] = area.toScreenX(steps.get(k).x());
                sy[m++] = area.toScreenY(steps.get(k).y());
            }
            sx[m] = area.toScreenX(steps.get(last).x());
            sy[m++] = area.toScreenY(steps.get(last).y());
            g.setStroke(colour);
            g.setLineWidth(selected ? 2.5 : 1.8);
            g.strokePolyline(sx, sy, m);
            marker(g, sx[m - 1], sy[m - 1], colour, 5, true);
        }
        if (start != null) {
            marker(g, area.toScreenX(start[0]), area.toScreenY(start[1]), colour, selected ? 6 : 4, false);
        }
    }

    private static void marker(GraphicsContext g, double x, double y, Color colour, double r, boolean filled) {
        g.setLineWidth(1.5);
        if (filled) {
            g.setFill(colour);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.BLACK);
        } else {
            g.setStroke(colour);
        }
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void onScroll(ScrollEvent e) {
        PlotArea area = plotArea();
        if (e.getDeltaY() == 0 || !area.contains(e.getX(), e.getY())) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 1 / 1.2 : 1.2;
        landscape.zoom(factor, area.toDomainX(e.getX()), area.toDomainY(e.getY()));
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastDragX = pressX;
        lastDragY = pressY;
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
            dragged = true;
        }
        if (dragged) {
            PlotArea area = plotArea();
            double dx = (e.getX() - lastDragX) / area.width() * area.domain().width();
            double dy = (e.getY() - lastDragY) / area.height() * area.domain().height();
            landscape.pan(-dx, dy);
            lastDragX = e.getX();
            lastDragY = e.getY();
        }
    }

    private void onReleased(MouseEvent e) {
        PlotArea area = plotArea();
        if (!dragged && e.getButton() == MouseButton.PRIMARY && area.contains(e.getX(), e.getY())) {
            runs.setStartOfSelected(area.toDomainX(e.getX()), area.toDomainY(e.getY()));
        }
    }

    private void onMoved(MouseEvent e) {
        PlotArea area = plotArea();
        hoverText.set(area.contains(e.getX(), e.getY())
                ? levelSet.describePoint(area.toDomainX(e.getX()), area.toDomainY(e.getY())) : "");
    }

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The base canvas (heat map, axes, colour bar), for tests and on-screen-size export. */
    public Canvas baseCanvas() {
        return base;
    }
}
