package dev.superlevel.ui.landscape;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.render.Polyline;
import dev.superlevel.ui.levelset.LevelSetViewModel;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
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

    private final LandscapeViewModel landscape;
    private final LevelSetViewModel levelSet;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private WritableImage image;
    private final ObjectProperty<HatchMask> hatch = new SimpleObjectProperty<>(this, "hatch");
    private List<String> legendEntries = List.of();
    private List<String> colourBarLabels = List.of();
    private List<dev.superlevel.core.surface.RecordedPath> recorded = List.of();
    private final List<MapLayer> layers = new java.util.ArrayList<>();

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
    private final Tooltip tip = new Tooltip("Wheel: zoom about the cursor · drag: pan · drag a ○ start marker:"
            + " move that run's start · click: set the start of the selected run");

    private void wire() {
        levelSet.pixelsProperty().addListener((obs, o, n) -> updateImage());
        landscape.viewDomainProperty().addListener(o -> redrawAll());
        landscape.stretchToFillProperty().addListener(o -> redrawAll());
        levelSet.contoursProperty().addListener(o -> drawOverlay());
        playback.currentStepProperty().addListener(o -> drawOverlay());
        runs.selectedProperty().addListener(o -> drawOverlay());
        hatch.addListener(o -> drawOverlay());
        runs.focusProperty().addListener(o -> drawOverlay());
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watchRun);
            }
            drawOverlay();
        });
        runs.runs().forEach(this::watchRun);
        MapGestures gestures = new MapGestures(this::plotArea, landscape, runs, this::clickLayers);
        // the read-out follows the point under the pointer also while the view pans, zooms or a marker moves
        base.setOnScroll(e -> {
            gestures.onScroll(e);
            hover(e.getX(), e.getY());
        });
        base.setOnMousePressed(gestures::onPressed);
        base.setOnMouseDragged(e -> {
            gestures.onDragged(e);
            hover(e.getX(), e.getY());
        });
        base.setOnMouseReleased(gestures::onReleased);
        base.setOnMouseMoved(e -> {
            hover(e.getX(), e.getY());
            base.setCursor(gestures.startMarkerAt(e.getX(), e.getY()) != null ? Cursor.HAND : Cursor.DEFAULT);
        });
        base.setOnMouseExited(e -> {
            hoverText.set("");
            tip.hide();
        });
    }

    /** Sets the hover read-out to the point at canvas position ({@code x}, {@code y}), or clears it off the plot. */
    private void hover(double x, double y) {
        PlotArea area = plotArea();
        hoverText.set(area.contains(x, y) ? levelSet.describePoint(area.toDomainX(x), area.toDomainY(y)) : "");
    }

    private void watchRun(RunViewModel r) {
        r.trajectoryProperty().addListener((Observable o) -> drawOverlay());
        // the start marker and the legend follow the settings at once, before the path is recomputed
        r.settings().addListener((Observable o) -> drawOverlay());
        r.displayNameProperty().addListener((Observable o) -> drawOverlay());
        r.visibleProperty().addListener((Observable o) -> drawOverlay());
    }

    @Override
    protected void layoutChildren() {
        for (Canvas c : new Canvas[] {base, overlay}) {
            c.setWidth(getWidth());
            c.setHeight(getHeight());
        }
        redrawAll();
    }

    /**
     * The plot rectangle for the current size and view domain: at equal aspect (one unit of x as long
     * as one unit of y, centred in the space left by axes and colour bar) unless "stretch to fill" is on.
     */
    public PlotArea plotArea() {
        Domain d = landscape.viewDomainProperty().get();
        double w = Math.max(10, getWidth() - LEFT - RIGHT);
        double h = Math.max(10, getHeight() - TOP - BOTTOM);
        if (landscape.stretchToFillProperty().get()) {
            return new PlotArea(LEFT, TOP, w, h, d);
        }
        double unit = Math.min(w / d.width(), h / d.height());
        double fw = Math.max(10, d.width() * unit);
        double fh = Math.max(10, d.height() * unit);
        return new PlotArea(LEFT + (w - fw) / 2, TOP + (h - fh) / 2, fw, fh, d);
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
            colourBarLabels = FramePainter.drawColourBar(g, area, data, levelSet.lambdaProperty().get(),
                    textColour());
        }
    }

    private Color textColour() {
        return isDark() ? Color.gray(0.9) : Color.gray(0.1);
    }

    private boolean isDark() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
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
        MapOverlayPainter.drawHatch(g, area, hatch.get());
        strokeContours(g, area, levelSet.contoursProperty().get(), Color.WHITE, 1.6);
        recorded.forEach(p -> RecordedPathOverlay.draw(g, area, p));  // issue 10: under the runs
        paintLayers(g, area, false);
        int current = playback.currentStepProperty().get();
        for (RunViewModel run : runs.runs()) {
            if (run.visibleProperty().get()) {
                // focus on the selected run: the others stay for context, faint
                g.setGlobalAlpha(runs.isDimmed(run) ? 0.25 : 1);
                MapOverlayPainter.drawRun(g, area, run, run == runs.selectedProperty().get(), current);
            }
        }
        g.setGlobalAlpha(1);
        paintLayers(g, area, true);
        List<String> layerEntries = layers.stream().flatMap(l -> l.legendEntries().stream()).toList();
        legendEntries = MapOverlayPainter.drawLegend(g, area,
                runs.runs().filtered(r -> r.visibleProperty().get()), runs::isDimmed, hatch.get(), layerEntries,
                isDark());
        g.restore();
    }

    /** Adds a feature's layer to the map (see {@link MapLayer}); it repaints when its dependencies change. */
    public void addLayer(MapLayer layer) {
        layers.add(layer);
        layer.dependencies().forEach(d -> d.addListener(o -> drawOverlay()));
        drawOverlay();
    }

    private void paintLayers(GraphicsContext g, PlotArea area, boolean overRuns) {
        for (MapLayer layer : layers) {
            if (layer.overRuns() == overRuns) {
                g.save();
                layer.paint(g, area);
                g.restore();
            }
        }
    }

    private boolean clickLayers(double x, double y) {
        for (MapLayer layer : layers) {
            if (layer.onClick(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** Draws {@code paths} (recorded training paths, issue 10) over the map in their own style, kept in sync. */
    public void showRecordedPaths(javafx.collections.ObservableList<dev.superlevel.core.surface.RecordedPath> paths) {
        recorded = paths;
        paths.addListener((Observable o) -> drawOverlay());
        drawOverlay();
    }

    private static void strokeContours(GraphicsContext g, PlotArea area, List<Polyline> contours, Color colour,
            double width) {
        // white reads on viridis and on the shading; run colours are never white, so it stays distinct
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

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** What the map hatches (e.g. where a Lyapunov condition fails); null for nothing. */
    public ObjectProperty<HatchMask> hatchProperty() {
        return hatch;
    }

    /** The map legend's entries as last drawn, top to bottom. */
    public List<String> legendEntries() {
        return legendEntries;
    }

    /** The colour bar's tick labels as last drawn, bottom to top. */
    public List<String> colourBarLabels() {
        return colourBarLabels;
    }

    /** View ▸ "Stretch map to fill": off keeps one unit of x as long as one unit of y. */
    public javafx.scene.control.CheckMenuItem stretchToFillItem() {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem("Stretch map to fill");
        item.setId("stretch-to-fill");
        item.selectedProperty().bindBidirectional(landscape.stretchToFillProperty());
        return item;
    }

    /** The base canvas (heat map, axes, colour bar), for tests and on-screen-size export. */
    public Canvas baseCanvas() {
        return base;
    }
}
