package dev.superlevel.ui.charts;

import org.jfree.chart.fx.ChartViewer;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/** The four live charts in a 2 × 2 grid, with the linear/log toggle of L(t). */
public final class ChartsView extends GridPane {

    private final Map<ChartKind, ChartViewer> viewers = new EnumMap<>(ChartKind.class);

    public ChartsView(LiveCharts charts) {
        setHgap(4);
        setVgap(4);
        getStyleClass().add("charts");
        for (ChartKind kind : ChartKind.values()) {
            ChartViewer viewer = new ChartViewer(charts.chart(kind));
            viewer.setId("chart-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            viewer.getCanvas().setTooltipEnabled(true);
            viewer.setMinSize(120, 90);
            viewers.put(kind, viewer);
        }
        CheckBox log = new CheckBox("log");
        log.setId("loss-log-toggle");
        log.setTooltip(new Tooltip("Logarithmic L axis (only L > 0 is drawn)"));
        log.selectedProperty().addListener((obs, o, on) -> charts.setLogLoss(on));
        StackPane lossCell = new StackPane(viewers.get(ChartKind.LOSS), log);
        StackPane.setAlignment(log, Pos.TOP_RIGHT);
        add(lossCell, 0, 0);
        add(viewers.get(ChartKind.LEARNING_RATE), 1, 0);
        add(viewers.get(ChartKind.LYAPUNOV), 0, 1);
        add(viewers.get(ChartKind.COMPONENTS), 1, 1);
        for (int k = 0; k < 2; k++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(50);
            col.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(col);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
    }

    public ChartViewer viewer(ChartKind kind) {
        return viewers.get(kind);
    }
}
