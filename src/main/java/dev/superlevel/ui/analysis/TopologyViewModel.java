package dev.superlevel.ui.analysis;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.LandscapeSummary;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.core.topology.TopologicalProfile;
import dev.superlevel.render.ProfileAxis;
import dev.superlevel.render.Ticks;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.landscape.LandscapeData;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The landscape's topology for the app (issue 10): the {@code summary} numbers as a read-out and the
 * topological landscape profile, recomputed in the background whenever a new landscape arrives (latest
 * request wins). Hovering a valley sets {@link #hoveredBasinProperty()}; selecting one sets λ to its
 * birth (the level at which its basin appears); {@link #hoveredCells()} are the samples of the hovered basin,
 * which the map highlights ({@link BasinHighlightLayer}). The profile's loss axis ({@link #axisProperty()}) is
 * chosen for each new function by {@link #defaultAxis} and the user may change it in between (zooming keeps it).
 * No controls here: tested without a stage.
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
    private final ObjectProperty<ProfileAxis> axis = new SimpleObjectProperty<>(this, "axis", ProfileAxis.LINEAR);
    /** The function the axis was last chosen for; a result for another one chooses again. */
    private Object axisChosenFor;
    private MergeTree cellsTree;
    private int cellsBranch = -1;
    private int[] cells = new int[0];

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
            Object function = d.function() == null ? field : d.function();
            if (function != axisChosenFor) {
                axisChosenFor = function;
                axis.set(defaultAxis(r.profile(), field.min(), field.max()));
            }
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

    /**
     * The samples (flat indices j·nx + i of the landscape's grid, ascending) whose basin is the hovered branch:
     * those {@link MergeTree#basinOf} assigns to it, the ones {@code summary} counts as the basin's size.
     * Empty when nothing is hovered.
     */
    public int[] hoveredCells() {
        MergeTree.Branch b = hoveredBranch();
        if (b == null) {
            return new int[0];
        }
        MergeTree tree = result.get().summary().basins();
        if (cellsTree != tree || cellsBranch != b.id()) {  // the map repaints often: one scan per hovered basin
            cells = java.util.stream.IntStream.range(0, tree.field().spec().size())
                    .filter(p -> tree.basinOf(p) == b.id()).toArray();
            cellsTree = tree;
            cellsBranch = b.id();
        }
        return cells.clone();
    }

    /** "basin 1: min 0 at (1, 0)": the hovered basin for the map legend, null when nothing is hovered. */
    public String hoveredLegend() {
        MergeTree.Branch b = hoveredBranch();
        return b == null ? null : "basin " + b.id() + ": min " + Ticks.format(b.birth(), 6) + " at ("
                + Ticks.format(b.x(), 4) + ", " + Ticks.format(b.y(), 4) + ")";
    }

    /** The depth below which a valley counts as a sliver on a linear axis: this fraction of the loss range. */
    static final double SLIVER = 0.05;

    /**
     * The axis a new function's profile starts with: {@link ProfileAxis#LINEAR} (depths to scale) unless a
     * finite valley would be shallower than {@link #SLIVER} of the field's range on it, then
     * {@link ProfileAxis#RANK}, on which every valley is at least one level deep.
     */
    static ProfileAxis defaultAxis(TopologicalProfile profile, double min, double max) {
        boolean sliver = profile.valleys().stream().anyMatch(v -> Double.isFinite(v.depth())
                && v.depth() < SLIVER * (max - min));
        return sliver ? ProfileAxis.RANK : ProfileAxis.LINEAR;
    }

    /** The profile's loss axis (linear, log or rank; see {@link ProfileAxis}). */
    public ObjectProperty<ProfileAxis> axisProperty() {
        return axis;
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
