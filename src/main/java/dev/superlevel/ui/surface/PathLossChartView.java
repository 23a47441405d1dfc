package dev.superlevel.ui.surface;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.render.FigureStyle;
import dev.superlevel.render.PathLossFigureRenderer;
import dev.superlevel.render.PathLossSeries;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The app's path-loss chart (issue 10): for each recorded path, L(t) read from the surface on screen beside
 * the loss its file recorded — the same chart as {@code render --figure path-loss}. Shown below the per-step
 * charts only while there are paths. FX-thread confined.
 */
public final class PathLossChartView extends VBox {

    private final RecordedPathsViewModel paths;
    private final ObservableValue<? extends LossFunction> surface;
    private final ChartViewer viewer = new ChartViewer();
    private List<PathLossSeries> shown = List.of();

    public PathLossChartView(RecordedPathsViewModel paths, ObservableValue<? extends LossFunction> surface) {
        this.paths = paths;
        this.surface = surface;
        setId("path-loss-chart");
        viewer.setPrefHeight(220);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        getChildren().add(viewer);
        paths.paths().addListener((ListChangeListener<Object>) c -> update());
        surface.addListener(o -> update());
        update();
    }

    /** {@code charts} with this chart below it (hidden without paths). */
    public static Node below(Node charts, RecordedPathsViewModel paths,
            ObservableValue<? extends LossFunction> surface) {
        PathLossChartView view = new PathLossChartView(paths, surface);
        VBox box = new VBox(charts, view);
        VBox.setVgrow(charts, Priority.ALWAYS);
        return box;
    }

    private void update() {
        shown = paths.lossSeries(surface.getValue());
        boolean any = !shown.isEmpty();
        setVisible(any);
        setManaged(any);
        if (any) {  // the viewer takes no null chart; hidden, it keeps the last one
            viewer.setChart(PathLossFigureRenderer.chart(shown, FigureStyle.LIGHT));
        }
    }

    /** The series on display (for tests). */
    public List<PathLossSeries> shown() {
        return shown;
    }
}
