package dev.superlevel.ui.tuner;

import dev.superlevel.core.optim.TunerState;
import dev.superlevel.render.ReadableNumberFormat;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Tuner (Mechanic)": for a Mechanic run, the learned scale S_t = Σ s_j and a table with one row per
 * β_j: s_j (its share of S), m_j (running max of |h|), v_j (discounted Σ h²) and r_j (wealth), at the
 * current step. Hidden for other optimizers.
 */
public final class TunerPanel extends VBox {

    private static final String[] HEADERS = {"β", "s", "m", "v", "r"};

    private final TunerViewModel vm;
    private final Label scale = new Label();
    private final GridPane table = new GridPane();

    public TunerPanel(TunerViewModel vm) {
        super(4);
        this.vm = vm;
        setId("tuner-panel");
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label title = new Label("Tuner (Mechanic)");
        title.getStyleClass().add("panel-title");
        scale.setId("tuner-scale");
        table.setId("tuner-table");
        table.setHgap(7);
        table.setVgap(1);
        Tooltip.install(table, new Tooltip("Per learner β: s its scale (S = Σ s), m the running max of |h|,"
                + " v the discounted sum of h², r its wealth (Cutkosky, Defazio & Mehta 2023)"));
        getChildren().addAll(title, scale, table);
        vm.stateProperty().addListener(o -> refresh());
        vm.stepProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        TunerState s = vm.stateProperty().get();
        setVisible(s != null);
        setManaged(s != null);
        table.getChildren().clear();
        if (s == null) {
            return;
        }
        scale.setText("step " + vm.stepProperty().get() + " · S = " + ReadableNumberFormat.text(s.scale()));
        for (int c = 0; c < HEADERS.length; c++) {
            Label h = new Label(HEADERS[c]);
            h.getStyleClass().add("panel-subtitle");
            table.add(h, c, 0);
        }
        for (int j = 0; j < s.size(); j++) {
            double[] row = {s.betas()[j], s.s()[j], s.m()[j], s.v()[j], s.r()[j]};
            for (int c = 0; c < row.length; c++) {
                Label cell = new Label(ReadableNumberFormat.text(row[c]));
                cell.setId("tuner-" + HEADERS[c].replace("β", "beta") + "-" + j);
                cell.setAlignment(Pos.CENTER_RIGHT);
                cell.setMinWidth(Region.USE_PREF_SIZE);
                cell.setStyle("-fx-font-size: 11px;");
                table.add(cell, c, j + 1);
            }
        }
    }
}
