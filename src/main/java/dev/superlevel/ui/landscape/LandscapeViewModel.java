package dev.superlevel.ui.landscape;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.PersistenceSweep;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The landscape being looked at: which function, over which region (zoom/pan), at which resolution,
 * in which set mode and connectivity. Any change re-samples in the background (latest request wins)
 * and publishes a {@link LandscapeData}. FX-thread confined, except the work it submits.
 */
public final class LandscapeViewModel {

    /** Grid side bounds offered in the UI (the core accepts up to GridSpec.MAX_SIDE). */
    public static final int MIN_RESOLUTION = 64;
    public static final int MAX_RESOLUTION = 1024;

    private final LatestRequest sampling;
    private final LatestRequest fineSampling;
    /** The same view's diagram on the grid at 2N, for marking counts that depend on the resolution. */
    private final ReadOnlyObjectWrapper<PersistenceDiagram> fineDiagram = new ReadOnlyObjectWrapper<>(this,
            "fineDiagram");
    private final ObjectProperty<LossFunction> function = new SimpleObjectProperty<>(this, "function");
    private final ObjectProperty<Domain> homeDomain = new SimpleObjectProperty<>(this, "homeDomain",
            Domain.defaultDomain());
    private final ObjectProperty<Domain> viewDomain = new SimpleObjectProperty<>(this, "viewDomain",
            Domain.defaultDomain());
    private final IntegerProperty resolution = new SimpleIntegerProperty(this, "resolution", 512);
    private final ObjectProperty<SetMode> mode = new SimpleObjectProperty<>(this, "mode", SetMode.SUPERLEVEL);
    private final ObjectProperty<Connectivity> connectivity = new SimpleObjectProperty<>(this, "connectivity",
            Connectivity.CONTOUR);
    private final ObjectProperty<ColorScale> scale = new SimpleObjectProperty<>(this, "scale", ColorScale.LINEAR);
    /** False (default): the map keeps equal aspect, letterboxed; true: it fills the view, x and y scaled apart. */
    private final BooleanProperty stretchToFill = new SimpleBooleanProperty(this, "stretchToFill", false);
    private final ReadOnlyObjectWrapper<LandscapeData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public LandscapeViewModel(BackgroundExecutor executor) {
        this.sampling = new LatestRequest(executor);
        this.fineSampling = new LatestRequest(executor);
        for (Observable input : new Observable[] {function, viewDomain, resolution, mode, connectivity, scale}) {
            input.addListener(o -> refresh());
        }
    }

    /** Shows {@code f} over {@code home} (which also becomes the "reset view" region). */
    public void show(LossFunction f, Domain home) {
        homeDomain.set(home);
        viewDomain.set(home);
        function.set(f);
    }

    /** Re-samples the current inputs in the background; a newer request supersedes this one. */
    public void refresh() {
        LossFunction f = function.get();
        if (f == null) {
            return;
        }
        int n = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, resolution.get()));
        GridSpec spec = GridSpec.square(viewDomain.get(), n);
        SetMode m = mode.get();
        Connectivity c = connectivity.get();
        ColorScale s = scale.get();
        busy.set(true);
        fineDiagram.set(null);
        fineSampling.cancel();
        sampling.submit(cancel -> {
            long t0 = System.nanoTime();
            SampledField field = GridSampler.sample(f, spec, cancel);
            int[] heat = LandscapeRaster.heatmap(field, s, 0);
            PersistenceDiagram diagram = PersistenceSweep.compute(field, m, c, cancel);
            return new LandscapeData(f, field, s, heat, diagram, (System.nanoTime() - t0) / 1_000_000);
        }, result -> {
            busy.set(false);
            error.set("");
            data.set(result);
            submitFine(f, spec, m, c);
        }, failure -> {
            busy.set(false);
            error.set("could not compute the landscape: " + failure.getMessage());
        });
    }

    /** Samples the view again at 2N (after the picture at N is on screen) and publishes its diagram. */
    private void submitFine(LossFunction f, GridSpec spec, SetMode m, Connectivity c) {
        GridSpec fine = spec.withSize(Math.min(GridSpec.MAX_SIDE, 2 * spec.nx()),
                Math.min(GridSpec.MAX_SIDE, 2 * spec.ny()));
        fineSampling.submit(cancel -> PersistenceSweep.compute(GridSampler.sample(f, fine, cancel), m, c, cancel),
                fineDiagram::set, failure -> fineDiagram.set(null));
    }

    /**
     * Zooms by {@code factor} (&lt; 1 zooms in) keeping the domain point (cx, cy) under the cursor fixed.
     */
    public void zoom(double factor, double cx, double cy) {
        Domain d = viewDomain.get();
        double f = Math.max(1e-3, factor);
        Domain next = new Domain(cx - (cx - d.xmin()) * f, cx + (d.xmax() - cx) * f,
                cy - (cy - d.ymin()) * f, cy + (d.ymax() - cy) * f);
        if (next.width() > 1e-9 && next.height() > 1e-9 && next.width() < 1e9) {
            viewDomain.set(next);
        }
    }

    /** Moves the view by (dx, dy) in domain units. */
    public void pan(double dx, double dy) {
        Domain d = viewDomain.get();
        viewDomain.set(new Domain(d.xmin() + dx, d.xmax() + dx, d.ymin() + dy, d.ymax() + dy));
    }

    public void resetView() {
        viewDomain.set(homeDomain.get());
    }

    public ObjectProperty<LossFunction> functionProperty() {
        return function;
    }

    public ObjectProperty<Domain> homeDomainProperty() {
        return homeDomain;
    }

    public ObjectProperty<Domain> viewDomainProperty() {
        return viewDomain;
    }

    public IntegerProperty resolutionProperty() {
        return resolution;
    }

    public ObjectProperty<SetMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Connectivity> connectivityProperty() {
        return connectivity;
    }

    public ObjectProperty<ColorScale> scaleProperty() {
        return scale;
    }

    public BooleanProperty stretchToFillProperty() {
        return stretchToFill;
    }

    public ReadOnlyObjectProperty<LandscapeData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The diagram of the current view on the grid at 2N; null until computed after each landscape. */
    public ReadOnlyObjectProperty<PersistenceDiagram> fineDiagramProperty() {
        return fineDiagram.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
