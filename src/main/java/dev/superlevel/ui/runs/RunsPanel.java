package dev.superlevel.ui.runs;

import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
        vm.runs().addListener((javafx.collections.ListChangeListener<RunViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watchShapingKeys);
            }
        });
        vm.runs().forEach(this::watchShapingKeys);
        rebuildEditor(vm.selectedProperty().get());
    }

    private ListView<RunViewModel> runList() {
        ListView<RunViewModel> list = new ListView<>(vm.runs());
        list.setId("run-list");
        list.setPrefHeight(96);
        list.setTooltip(new Tooltip("Runs on the landscape; the selected one gets the start point of a click"));
        list.setCellFactory(v -> new RunCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, run) -> {
            if (run != null) {
                vm.selectedProperty().set(run);
            }
        });
        vm.selectedProperty().addListener((obs, o, run) -> list.getSelectionModel().select(run));
        return list;
    }

    /** A run in the list: show/hide box, colour, name and short status (the tooltip has the reason). */
    private static final class RunCell extends ListCell<RunViewModel> {

        private final CheckBox shown = new CheckBox();
        private RunViewModel bound;

        RunCell() {
            shown.setTooltip(new Tooltip("Show or hide this run on the map and the charts"));
        }

        @Override
        protected void updateItem(RunViewModel run, boolean empty) {
            super.updateItem(run, empty);
            textProperty().unbind();
            if (bound != null) {
                shown.selectedProperty().unbindBidirectional(bound.visibleProperty());
                bound = null;
            }
            if (empty || run == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = run;
            shown.setId("run-visible-" + getIndex());
            shown.selectedProperty().bindBidirectional(run.visibleProperty());
            int c = run.argb();
            setGraphic(new HBox(4, shown, new Rectangle(12, 12, Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF))));
            // the list shows the short status ("diverged at step 8"); the tooltip has the reason
            textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> run.displayName()
                    + (run.statusProperty().get().isBlank() ? "" : " · " + run.statusProperty().get().split(":")[0]),
                    run.statusProperty(), run.displayNameProperty()));
            setTooltip(new Tooltip());
            getTooltip().textProperty().bind(run.statusProperty());
        }
    }

    private HBox buttons() {
        Button add = new Button("Add");
        add.setId("run-add");
        add.setTooltip(new Tooltip("Add a run with the paper's settings (GD, α₀e^(−βt)) at the function's start,"
                + " moved off the other runs' starts"));
        add.setOnAction(e -> vm.addAtFunctionStart());
        Button duplicate = new Button("Duplicate");
        duplicate.setTooltip(new Tooltip("Copy the selected run"));
        duplicate.setOnAction(e -> vm.duplicateSelected());
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Remove the selected run"));
        remove.setOnAction(e -> vm.removeSelected());
        duplicate.disableProperty().bind(vm.selectedProperty().isNull());
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        ToggleButton focus = new ToggleButton("Focus");
        focus.setId("run-focus");
        focus.setTooltip(new Tooltip("Dim every run but the selected one (Ctrl+F)"));
        focus.selectedProperty().bindBidirectional(vm.focusProperty());
        return new HBox(6, add, duplicate, remove, focus);
    }

    /**
     * The editor of the selected run: only the keys that apply to its optimizer, schedule and cost
     * ({@link RunSettings#applicable}), each blank field showing its default as prompt text and each
     * choice box its default value; choosing another optimizer, schedule or regulariser rebuilds it.
     */
    private void rebuildEditor(RunViewModel run) {
        editor.getChildren().clear();
        if (run == null) {
            return;
        }
        Map<String, String> defaults = RunSettings.effective(selectorsOf(run));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        int row = 0;
        for (String key : RunSettings.applicable(run.settings())) {
            List<String> values = choices(key);
            row = values == null ? field(grid, row, run, key, defaults.get(key), tooltipFor(key))
                    : choice(grid, row, run, key, values, defaults.get(key), tooltipFor(key));
        }
        Label error = new Label();
        error.setId("run-error");
        error.getStyleClass().add("problem");
        error.setWrapText(true);
        error.textProperty().bind(run.errorProperty());
        error.managedProperty().bind(run.errorProperty().isNotEmpty());  // no empty line once fixed
        error.visibleProperty().bind(error.managedProperty());
        Label title = new Label(run.name() + " settings (blank: the default in grey)");
        title.setWrapText(true);
        title.getStyleClass().add("panel-subtitle");
        editor.getChildren().addAll(title, error, grid);
    }

    /** The optimizer and variant as set: they decide the other keys' defaults. */
    private static Map<String, String> selectorsOf(RunViewModel run) {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (String key : List.of("optimizer", "variant")) {
            if (run.settings().containsKey(key)) {
                kinds.put(key, run.settings().get(key));
            }
        }
        return kinds;
    }

    private static List<String> choices(String key) {
        return switch (key) {
            case "optimizer" -> RunSettings.OPTIMIZERS;
            case "schedule" -> RunSettings.SCHEDULES;
            case "base" -> RunSettings.BASES;
            case "variant" -> RunSettings.VARIANTS;
            case "cost-reg" -> RunSettings.REGULARISERS;
            default -> null;
        };
    }

    /** Rebuilds the editor (after the current event) when a key that decides the other keys changes. */
    private void watchShapingKeys(RunViewModel run) {
        run.settings().addListener((MapChangeListener<String, String>) c -> {
            if (RunSettings.SHAPING_KEYS.contains(c.getKey()) && vm.selectedProperty().get() == run) {
                Platform.runLater(() -> {
                    if (vm.selectedProperty().get() == run) {
                        rebuildEditor(run);
                    }
                });
            }
        });
    }

    private static String tooltipFor(String key) {
        return switch (key) {
            case "optimizer" -> "Optimizer (torch semantics, SPEC §1.2)";
            case "schedule" -> "Learning-rate schedule; exponential is the paper's α₀e^(−βt)";
            case "start" -> "Start point x,y (or click the map)";
            case "steps" -> "Number of updates";
            case "base" -> "Base optimizer wrapped by the tuner (Mechanic)";
            case "variant" -> "Tuner variant (SPEC §1.1)";
            case "cost-reg" -> "Regulariser Ω of the dynamic cost";
            case "lr" -> "Base learning rate α₀";
            case "decay" -> "β of the exponential decay α₀e^(−βt)";
            case "cost-kappa" -> "κ of γ(t) = 1 + κe^(−δt) in the dynamic cost";
            case "cost-delta" -> "δ of γ(t) = 1 + κe^(−δt)";
            case "cost-reg-lambda" -> "λ_reg, weight of the regulariser";
            default -> key + " (blank: the default of SPEC §1)";
        };
    }

    private static int choice(GridPane grid, int row, RunViewModel run, String key, List<String> values,
            String defaultValue, String tip) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setId("run-" + key);
        // a blank key shows its default; only a choice the user makes is stored
        box.setValue(run.settings().getOrDefault(key, defaultValue));
        box.setTooltip(new Tooltip(tip + " (default " + defaultValue + ")"));
        box.valueProperty().addListener((obs, o, v) -> run.set(key, v));
        grid.addRow(row, new Label(key), box);
        return row + 1;
    }

    private static int field(GridPane grid, int row, RunViewModel run, String key, String defaultValue,
            String tip) {
        TextField field = new TextField(run.settings().getOrDefault(key, ""));
        field.setId("run-" + key);
        // the start holds two numbers ("-1.23457,2.5"): wide enough to read both
        field.setPrefColumnCount("start".equals(key) ? 15 : 9);
        field.setPromptText(defaultValue);
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
