package dev.superlevel.ui.analysis;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.LandscapeSummary;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.core.topology.TopologicalProfile;
import dev.superlevel.render.Ticks;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.landscape.LandscapeData;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The landscape's topology for the app (issue 10): the {@code summary} numbers as a read-out and the
 * topological landscape profile, recomputed in the background whenever a new landscape arrives (latest
 * request wins). Hovering a valley sets {@link #hoveredBasinProperty()}; selecting one sets λ to its
 * birth (the level at which its basin appears). No controls here: tested without a stage.
 */
public final class TopologyViewModel {

    /** What one computation gives. */
    public record Result(SampledField field, LandscapeSummary summary, TopologicalProfile profile) {
    }

    private final DoubleProperty lambda;
    private final LatestRequest work;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final IntegerProperty hoveredBasin = new SimpleIntegerProperty(this, "hoveredBasin", -1);

    public TopologyViewModel(ObservableValue<LandscapeData> data, DoubleProperty lambda, BackgroundExecutor executor) {
        this.lambda = lambda;
        this.work = new LatestRequest(executor);
        data.addListener((obs, o, d) -> landscapeArrived(d));
        if (data.getValue() != null) {
            landscapeArrived(data.getValue());
        }
    }

    private void landscapeArrived(LandscapeData d) {
        hoveredBasin.set(-1);
        if (d == null || d.field().undefinedCount() == d.field().spec().size()) {
            result.set(null);
            summaryText.set(d == null ? "" : "no defined samples");
            return;
        }
        SampledField field = d.field();
        work.submit(cancel -> {
            LandscapeSummary s = LandscapeSummary.of(field, Connectivity.CONTOUR, 0, cancel);
            return new Result(field, s, TopologicalProfile.of(s.basins()));
        }, r -> {
            result.set(r);
            summaryText.set(describe(r.summary()));
        }, error -> summaryText.set("topology failed: " + error.getMessage()));
    }

    /** "4 minima · 7 maxima · persistence mean 61.67, max 104": the summary command's numbers. */
    static String describe(LandscapeSummary s) {
        String text = s.minima() + (s.minima() == 1 ? " minimum" : " minima") + " \u00b7 " + s.maxima()
                + (s.maxima() == 1 ? " maximum" : " maxima");
        if (Double.isNaN(s.meanPersistence())) {
            return text;
        }
        return text + " \u00b7 persistence mean " + Ticks.format(s.meanPersistence(), 4) + ", max "
                + Ticks.format(s.maxPersistence(), 4);
    }

    /** Sets λ to the birth of basin {@code id} (its minimum's value); ignored for an unknown id. */
    public void selectBasin(int id) {
        Result r = result.get();
        if (r == null || id < 0 || id >= r.summary().basins().branches().size()) {
            return;
        }
        lambda.set(r.summary().basins().branches().get(id).birth());
    }

    /** The basin a hovered valley shows, −1 for none. */
    public IntegerProperty hoveredBasinProperty() {
        return hoveredBasin;
    }

    /** The branch of the hovered basin, or null. */
    public MergeTree.Branch hoveredBranch() {
        Result r = result.get();
        int id = hoveredBasin.get();
        return r == null || id < 0 || id >= r.summary().basins().branches().size() ? null
                : r.summary().basins().branches().get(id);
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** The current λ. */
    public double lambda() {
        return lambda.get();
    }

    /** λ, observable (the panel redraws its dashed line). */
    public DoubleProperty lambdaValue() {
        return lambda;
    }
}
