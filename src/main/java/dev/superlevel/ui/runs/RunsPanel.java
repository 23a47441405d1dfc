package dev.superlevel.ui.runs;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The runs panel: the list of runs (colour, name, status), add/duplicate/remove, and an editor of the
 * selected run's settings. Blank fields take the defaults of SPEC §1; edits recompute the run in the
 * background.
 */
public final class RunsPanel extends VBox {

    private final RunsViewModel vm;
    private final VBox editor = new VBox(4);

    public RunsPanel(RunsViewModel vm) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label title = new Label("Runs");
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, runList(), buttons(), editor);
        vm.selectedProperty().addListener((obs, o, run) -> rebuildEditor(run));
        rebuildEditor(vm.selectedProperty().get());
    }

    private ListView<RunViewModel> runList() {
        ListView<RunViewModel> list = new ListView<>(vm.runs());
        list.setId("run-list");
        list.setPrefHeight(96);
        list.setTooltip(new Tooltip("Runs on the landscape; the selected one gets the start point of a click"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RunViewModel run, boolean empty) {
                super.updateItem(run, empty);
                textProperty().unbind();
                if (empty || run == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                int c = run.argb();
                setGraphic(new Rectangle(12, 12, Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF)));
                // the list shows the short status ("diverged at step 8"); the tooltip has the reason
                textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> run.displayName()
                        + (run.statusProperty().get().isBlank() ? "" : " · " + run.statusProperty().get()
                        .split(":")[0]), run.statusProperty(), run.displayNameProperty()));
                setTooltip(new Tooltip());
                getTooltip().textProperty().bind(run.statusProperty());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, run) -> {
            if (run != null) {
                vm.selectedProperty().set(run);
            }
        });
        vm.selectedProperty().addListener((obs, o, run) -> list.getSelectionModel().select(run));
        return list;
    }

    private HBox buttons() {
        Button add = new Button("Add");
        add.setId("run-add");
        add.setTooltip(new Tooltip("Add a run with the paper's settings (GD, α₀e^(−βt)) at the centre"));
        add.setOnAction(e -> vm.add(0, 0));
        Button duplicate = new Button("Duplicate");
        duplicate.setTooltip(new Tooltip("Copy the selected run"));
        duplicate.setOnAction(e -> vm.duplicateSelected());
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Remove the selected run"));
        remove.setOnAction(e -> vm.removeSelected());
        duplicate.disableProperty().bind(vm.selectedProperty().isNull());
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        return new HBox(6, add, duplicate, remove);
    }

    private void rebuildEditor(RunViewModel run) {
        editor.getChildren().clear();
        if (run == null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        int row = 0;
        row = choice(grid, row, run, "optimizer", RunSettings.OPTIMIZERS, "Optimizer (torch semantics, SPEC §1.2)");
        row = choice(grid, row, run, "schedule", RunSettings.SCHEDULES,
                "Learning-rate schedule; exponential is the paper's α₀e^(−βt)");
        row = field(grid, row, run, "start", "Start point x,y (or click the map)");
        row = field(grid, row, run, "steps", "Number of updates");
        for (String key : RunSettings.SCHEDULE_KEYS) {
            row = field(grid, row, run, key, tooltipFor(key));
        }
        for (String key : RunSettings.OPTIMIZER_KEYS) {
            row = field(grid, row, run, key, tooltipFor(key));
        }
        row = choice(grid, row, run, "base", RunSettings.BASES, "Base optimizer wrapped by the tuner (Mechanic)");
        row = choice(grid, row, run, "variant", RunSettings.VARIANTS, "Tuner variant (SPEC §1.1)");
        row = choice(grid, row, run, "cost-reg", RunSettings.REGULARISERS, "Regulariser Ω of the dynamic cost");
        for (String key : RunSettings.COST_KEYS) {
            row = field(grid, row, run, key, tooltipFor(key));
        }
        Label error = new Label();
        error.setId("run-error");
        error.getStyleClass().add("problem");
        error.setWrapText(true);
        error.textProperty().bind(run.errorProperty());
        Label title = new Label(run.name() + " settings (blank = default)");
        title.getStyleClass().add("panel-subtitle");
        editor.getChildren().addAll(title, error, grid);
    }

    private static String tooltipFor(String key) {
        return switch (key) {
            case "lr" -> "Base learning rate α₀";
            case "decay" -> "β of the exponential decay α₀e^(−βt)";
            case "cost-kappa" -> "κ of γ(t) = 1 + κe^(−δt) in the dynamic cost";
            case "cost-delta" -> "δ of γ(t) = 1 + κe^(−δt)";
            case "cost-reg-lambda" -> "λ_reg, weight of the regulariser";
            default -> key + " (blank: the default of SPEC §1)";
        };
    }

    private static int choice(GridPane grid, int row, RunViewModel run, String key, List<String> values,
            String tip) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add("");
        box.getItems().addAll(values);
        box.setId("run-" + key);
        box.setValue(run.settings().getOrDefault(key, ""));
        box.setTooltip(new Tooltip(tip));
        box.valueProperty().addListener((obs, o, v) -> run.set(key, v));
        grid.addRow(row, new Label(key), box);
        return row + 1;
    }

    private static int field(GridPane grid, int row, RunViewModel run, String key, String tip) {
        TextField field = new TextField(run.settings().getOrDefault(key, ""));
        field.setId("run-" + key);
        field.setPrefColumnCount(9);
        field.setPromptText("default");
        field.setTooltip(new Tooltip(tip + " — Enter to apply"));
        field.setOnAction(e -> run.set(key, field.getText()));
        field.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                run.set(key, field.getText());
            }
        });
        run.settings().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(key) && !field.isFocused()) {
                field.setText(run.settings().getOrDefault(key, ""));
            }
        });
        grid.addRow(row, new Label(key), field);
        return row + 1;
    }
}
