package dev.superlevel.ui.levelset;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.render.Polyline;
import dev.superlevel.render.ReadableNumberFormat;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.RasterPixels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;

/**
 * The super-level set S_λ of the current landscape. Moving λ is the interactive hot path and stays on
 * the FX thread: {@code PersistenceDiagram.labelsAt} (precomputed persistence, no relabelling), then
 * {@code LandscapeRaster.shade}, then one new {@link RasterPixels}. Colours come from the pair id of each
 * component's oldest peak, so they are stable while λ moves. Contours and the resolution check are
 * computed in the background (latest request wins).
 */
public final class LevelSetViewModel {

    /** Opacity of the component colours over the heat map. */
    private static final double SHADE_ALPHA = 0.55;
    /**
     * The resolution check re-samples at 2N; while λ is being dragged it would be superseded at once,
     * so it waits this long first and gives up if a newer λ arrived meanwhile.
     */
    private static final long RESOLUTION_CHECK_DELAY_MS = 250;

    private final ObservableValue<LandscapeData> landscape;
    private final LatestRequest contourWork;
    private final LatestRequest resolutionWork;
    private final DoubleProperty lambda = new SimpleDoubleProperty(this, "lambda", 0);
    private final ReadOnlyDoubleWrapper minLevel = new ReadOnlyDoubleWrapper(this, "minLevel", 0);
    private final ReadOnlyDoubleWrapper maxLevel = new ReadOnlyDoubleWrapper(this, "maxLevel", 1);
    private final ReadOnlyObjectWrapper<double[]> eventLevels = new ReadOnlyObjectWrapper<>(this, "events",
            new double[0]);
    private final ReadOnlyObjectWrapper<RasterPixels> pixels = new ReadOnlyObjectWrapper<>(this, "pixels");
    private final ReadOnlyIntegerWrapper componentCount = new ReadOnlyIntegerWrapper(this, "components");
    private final ReadOnlyDoubleWrapper areaFraction = new ReadOnlyDoubleWrapper(this, "areaFraction");
    private final ReadOnlyObjectWrapper<List<Polyline>> contours = new ReadOnlyObjectWrapper<>(this, "contours",
            List.of());
    /** Component counts at N and 2N, null while unknown. */
    private final ReadOnlyObjectWrapper<int[]> resolution = new ReadOnlyObjectWrapper<>(this, "resolution");
    private final LevelSetAnalysis analysis;
    /** Time the last λ update took on the FX thread (labels + shading + publishing), milliseconds. */
    private final ReadOnlyDoubleWrapper updateMillis = new ReadOnlyDoubleWrapper(this, "updateMillis");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private int[] labels = new int[0];
    private int[] shaded = new int[0];

    public LevelSetViewModel(ObservableValue<LandscapeData> landscape, BackgroundExecutor executor,
            LevelSetAnalysis analysis) {
        this.landscape = landscape;
        this.analysis = analysis;
        this.contourWork = new LatestRequest(executor);
        this.resolutionWork = new LatestRequest(executor);
        landscape.addListener((obs, old, data) -> landscapeChanged(data));
        lambda.addListener((obs, old, value) -> update());
    }

    private void landscapeChanged(LandscapeData data) {
        if (data == null) {
            return;
        }
        SampledField f = data.field();
        // buffers first: moving the range can clamp λ (through a bound slider) and re-enter update()
        ensureBuffers(f.values().length);
        double lo = Double.isNaN(f.min()) ? 0 : f.min();
        double hi = Double.isNaN(f.max()) ? 1 : f.max();
        // in an order that never has min > max (x + y to x + y + 100): a slider bound to the range would
        // move its bound max and throw
        if (lo > maxLevel.get()) {
            maxLevel.set(hi);
            minLevel.set(lo);
        } else {
            minLevel.set(lo);
            maxLevel.set(hi);
        }
        eventLevels.set(data.diagram().eventLevels());
        update();
    }

    /** Recomputes the shading, count and read-out for the current λ, then starts the background work. */
    private void update() {
        LandscapeData data = landscape.getValue();
        if (data == null) {
            return;
        }
        long t0 = System.nanoTime();
        double level = lambda.get();
        PersistenceDiagram diagram = data.diagram();
        SampledField f = data.field();
        ensureBuffers(f.values().length);
        diagram.labelsAt(level, 0, labels);
        LandscapeRaster.shade(data.heatmap(), labels, f.nx(), f.ny(), SHADE_ALPHA, shaded);
        pixels.set(new RasterPixels(f.nx(), f.ny(), shaded));
        updateMillis.set((System.nanoTime() - t0) / 1e6);
        componentCount.set(diagram.componentCount(level));
        areaFraction.set(fractionInSet(f));
        resolution.set(null);
        updateReadout();
        submitContours(data, level);
        submitResolutionCheck(data, level);
    }

    private void ensureBuffers(int size) {
        if (labels.length != size) {
            labels = new int[size];
            shaded = new int[size];
        }
    }

    private double fractionInSet(SampledField f) {
        int inside = 0;
        for (int label : labels) {
            if (label >= 0) {
                inside++;
            }
        }
        int defined = f.values().length - f.undefinedCount();
        return defined == 0 ? 0 : inside / (double) defined;
    }

    private void submitContours(LandscapeData data, double level) {
        contourWork.submit(cancel -> analysis.contours(data, level, cancel), contours::set,
                error -> contours.set(List.of()));
    }

    private void submitResolutionCheck(LandscapeData data, double level) {
        resolutionWork.submit(cancel -> {
            pause(RESOLUTION_CHECK_DELAY_MS);
            cancel.check();
            return analysis.countsAtNAnd2N(data, level, cancel);
        }, report -> {
                    resolution.set(report);
                    updateReadout();
                }, error -> updateReadout());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.superlevel.core.CancelledException();
        }
    }

    private void updateReadout() {
        int count = componentCount.get();
        int[] report = resolution.get();
        String stability = report == null ? "resolution not checked"
                : report[0] == report[1] ? "resolution-stable"
                : "not resolution-stable (" + report[1] + " at 2N)";
        readout.set(String.format(Locale.ROOT, "S_λ: %d component%s · %.1f %% of the domain · %s", count,
                count == 1 ? "" : "s", 100 * areaFraction.get(), stability));
    }

    /** Sets λ to the largest persistence event strictly below the current λ (if any). */
    public void previousEvent() {
        double[] events = eventLevels.get();
        int k = Arrays.binarySearch(events, lambda.get());
        int index = k >= 0 ? k - 1 : -k - 2;
        if (index >= 0 && index < events.length) {
            lambda.set(events[index]);
        }
    }

    /** Sets λ to the smallest persistence event strictly above the current λ (if any). */
    public void nextEvent() {
        double[] events = eventLevels.get();
        int k = Arrays.binarySearch(events, lambda.get());
        int index = k >= 0 ? k + 1 : -k - 1;
        if (index < events.length) {
            lambda.set(events[index]);
        }
    }

    /**
     * The pair id of the component at sample (i, j), −1 outside the set or off the grid (j = 0 bottom).
     */
    public int componentAt(int i, int j) {
        LandscapeData data = landscape.getValue();
        if (data == null || i < 0 || j < 0 || i >= data.field().nx() || j >= data.field().ny()) {
            return -1;
        }
        return labels[data.field().spec().index(i, j)];
    }

    /** "x = …, y = …, L = …, ∇L = (…, …), component #k" for a domain point. */
    public String describePoint(double x, double y) {
        LandscapeData data = landscape.getValue();
        if (data == null) {
            return "";
        }
        GridSpec spec = data.field().spec();
        int i = (int) Math.round((x - spec.domain().xmin()) / spec.domain().width() * (spec.nx() - 1));
        int j = (int) Math.round((y - spec.domain().ymin()) / spec.domain().height() * (spec.ny() - 1));
        Derivatives d = data.function().derivatives(x, y);
        int component = componentAt(i, j);
        // numbers as people write them (4.6291, 1.2e-5), the rule of the charts' tooltips
        return "x = " + ReadableNumberFormat.text(x) + ", y = " + ReadableNumberFormat.text(y) + ", L = "
                + ReadableNumberFormat.text(d.value()) + ", ∇L = (" + ReadableNumberFormat.text(d.gx()) + ", "
                + ReadableNumberFormat.text(d.gy()) + "), "
                + (component < 0 ? "outside S_λ" : "component #" + component);
    }

    public DoubleProperty lambdaProperty() {
        return lambda;
    }

    public ReadOnlyDoubleProperty minLevelProperty() {
        return minLevel.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxLevelProperty() {
        return maxLevel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[]> eventLevelsProperty() {
        return eventLevels.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RasterPixels> pixelsProperty() {
        return pixels.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty componentCountProperty() {
        return componentCount.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty areaFractionProperty() {
        return areaFraction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Polyline>> contoursProperty() {
        return contours.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<int[]> resolutionProperty() {
        return resolution.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty updateMillisProperty() {
        return updateMillis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** The current labels (pair ids, field order); read-only for callers. */
    public int[] labels() {
        return labels;
    }
}
