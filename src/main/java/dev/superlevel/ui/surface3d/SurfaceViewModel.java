package dev.superlevel.ui.surface3d;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.CompiledExpression;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.io.grid.SurfaceExport;
import dev.superlevel.io.image.PngWriter;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.io.session.SessionScene;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.CompositeScene;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.Polyline;
import dev.superlevel.render.TrajectoryOverlay;
import dev.superlevel.render.surface3d.SurfaceRenderer;
import dev.superlevel.render.surface3d.SurfaceView;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.function.SampleFunction;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.LandscapeViewModel;
import dev.superlevel.ui.levelset.LevelSetViewModel;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * State of the 3-D view: whether it is shown instead of the map, the camera and height settings
 * ({@link SurfaceView}), the theme, and the latest rendered frame. Everything that changes the 2-D map
 * (function, λ, mode, connectivity, colours, runs, step) and every camera change asks for a new frame,
 * but only while the 3-D view is shown; the frame is drawn by the software {@link SurfaceRenderer} on a
 * background thread, latest request wins ({@link LatestRequest}); the renderer keeps the projected
 * geometry, so a λ change only re-shades. The scene is assembled on the FX thread (the current labels are
 * copied there, since the level-set view-model rewrites its array in place). Never sees a control.
 */
public final class SurfaceViewModel {

    /** Degrees of orbit per pixel dragged. */
    public static final double DEGREES_PER_PIXEL = 0.4;

    private final FunctionPanelViewModel function;
    private final LandscapeViewModel landscape;
    private final LevelSetViewModel levelSet;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final LatestRequest request;
    private final SurfaceRenderer renderer = new SurfaceRenderer();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ObjectProperty<SurfaceView> view = new SimpleObjectProperty<>(SurfaceView.defaults());
    private final ReadOnlyObjectWrapper<BufferedImage> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper frames = new ReadOnlyLongWrapper();
    private int width = 900;
    private int height = 700;

    public SurfaceViewModel(FunctionPanelViewModel function, LandscapeViewModel landscape, LevelSetViewModel levelSet,
            RunsViewModel runs, PlaybackViewModel playback, BackgroundExecutor executor) {
        this.function = function;
        this.landscape = landscape;
        this.levelSet = levelSet;
        this.runs = runs;
        this.playback = playback;
        this.request = new LatestRequest(executor);
        for (Observable o : List.<Observable>of(showing, dark, view, landscape.dataProperty(), levelSet.pixelsProperty(),
                levelSet.contoursProperty(), playback.currentStepProperty())) {
            o.addListener(x -> requestFrame());
        }
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.trajectoryProperty().addListener(x -> requestFrame()));
            }
            requestFrame();
        });
        runs.runs().forEach(r -> r.trajectoryProperty().addListener(x -> requestFrame()));
    }

    /** Shows the 3-D view instead of the map (true) or the map (false). */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** Draws the figure in the dark style. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The camera and height settings. */
    public ObjectProperty<SurfaceView> viewProperty() {
        return view;
    }

    /** The latest frame (null before the first). */
    public ReadOnlyObjectProperty<BufferedImage> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** How many frames have been published (for tests and the status bar). */
    public ReadOnlyLongProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    /** Turns the camera by a mouse drag of (dx, dy) pixels: right turns the box left, up raises the eye. */
    public void orbit(double dx, double dy) {
        view.set(view.get().orbitBy(-dx * DEGREES_PER_PIXEL, dy * DEGREES_PER_PIXEL));
    }

    /** Multiplies the zoom by {@code factor} (clamped to the allowed range). */
    public void zoom(double factor) {
        view.set(view.get().withZoom(view.get().zoom() * factor));
    }

    /** Back to the default camera, keeping the height settings. */
    public void resetCamera() {
        SurfaceView d = SurfaceView.defaults();
        view.set(view.get().withAngles(d.azimuth(), d.elevation()).withZoom(d.zoom()));
    }

    public void setExaggeration(double value) {
        view.set(view.get().withExaggeration(Math.max(0.1, Math.min(10, value))));
    }

    public void setLogHeight(boolean on) {
        view.set(view.get().withLogHeight(on));
    }

    /** Shows only the part [0, top] of the height range (0 &lt; top ≤ 1), flattening what is above. */
    public void setClipTop(double top) {
        view.set(view.get().withClip(0, Math.max(0.01, Math.min(1, top))));
    }

    /** The frame size in pixels, from the view's layout; asks for a new frame when it changes. */
    public void resize(int newWidth, int newHeight) {
        int w = Math.max(dev.superlevel.render.FigureSpec.MIN_SIDE,
                Math.min(dev.superlevel.render.FigureSpec.MAX_SIDE, newWidth));
        int h = Math.max(dev.superlevel.render.FigureSpec.MIN_SIDE,
                Math.min(dev.superlevel.render.FigureSpec.MAX_SIDE, newHeight));
        if (w != width || h != height) {
            width = w;
            height = h;
            requestFrame();
        }
    }

    /** The scene the 2-D map shows now, or null before the first landscape. Call on the FX thread. */
    public LandscapeScene scene() {
        LandscapeData data = landscape.dataProperty().get();
        int[] labels = levelSet.labels();
        if (data == null || labels.length != data.field().spec().size()) {
            return null;
        }
        List<Polyline> contours = levelSet.contoursProperty().get();
        return LandscapeScene.of(data.field(), levelSet.lambdaProperty().get())
                .withColours(data.scale(), Colormap.VIRIDIS, 10)
                .withLabels(labels.clone(), levelSet.componentCountProperty().get())
                .withSet(data.diagram().mode(), data.diagram().connectivity())
                .withContours(contours == null ? List.of() : contours)
                .withTrajectories(overlays())
                .withFormula(formula())
                .withStyle(dark.get() ? FigureStyle.DARK : FigureStyle.LIGHT);
    }

    /** The caption's formula, as the session names it: a data set's formula, else the expression's source. */
    private String formula() {
        SampleFunction dataset = function.datasetProperty().get();
        CompiledExpression f = function.functionProperty().get();
        return dataset != null ? dataset.formula() : f != null ? f.source() : "";
    }

    private List<TrajectoryOverlay> overlays() {
        List<TrajectoryOverlay> out = new ArrayList<>();
        int step = playback.currentStepProperty().get();
        for (RunViewModel r : runs.runs()) {
            Trajectory t = r.trajectoryProperty().get();
            if (t == null || t.size() == 0) {
                continue;
            }
            double[] xs = new double[t.size()];
            double[] ys = new double[t.size()];
            for (int k = 0; k < t.size(); k++) {
                TrajectoryStep s = t.step(k);
                xs[k] = s.x();
                ys[k] = s.y();
            }
            out.add(new TrajectoryOverlay(xs, ys, r.argb(), Math.min(step, t.size() - 1), r.displayName()));
        }
        return out;
    }

    /** Asks for a frame of the current state (ignored while the map is shown). */
    public void requestFrame() {
        if (!showing.get()) {
            return;
        }
        LandscapeScene scene = scene();
        if (scene == null || !(scene.field().max() >= scene.field().min())) {
            return;
        }
        SurfaceView v = view.get();
        int w = width;
        int h = height;
        request.submit(cancel -> {
            synchronized (renderer) {
                // one renderer keeps the cached geometry; a superseded request that already started finishes
                // its frame (tens of milliseconds) and is dropped
                return renderer.draw(scene, v, w, h, 1);
            }
        }, image -> {
            frame.set(image);
            frames.set(frames.get() + 1);
        }, error -> { });
    }

    /** Writes the current grid (with the labels of S_λ) or mesh to {@code target} ({@link SurfaceExport}). */
    public void exportSurface(Path target) throws IOException {
        LandscapeScene scene = scene();
        if (scene == null) {
            throw new IOException("nothing to export yet: no landscape has been computed");
        }
        SurfaceExport.write(scene, view.get(), target);
    }

    /**
     * Exports the 3-D figure of {@code session} with the current camera at the current frame size as PNG,
     * the session and the camera embedded: the pixels {@code render --session FILE.png} gives back.
     */
    public void exportPng(Session session, Path target, Cancellation cancel) throws IOException {
        FigureSpec spec = new FigureSpec(FigureKind.SURFACE, width, height, 1, view.get());
        CompositeScene scene = SessionScene.buildComposite(session, cancel);
        PngWriter.write(spec.render(scene.atStep(session.currentStep())), target, SessionFile.pngText(session, spec));
    }

    /** The frame size in pixels. */
    public int[] frameSize() {
        return new int[] {width, height};
    }
}
