package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.ui.files.FileDialogs;
import dev.superlevel.ui.runs.RunSettings;
import org.jfree.chart.fx.ChartViewer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The non-modal Compare window: the comparison's fields, Run / Cancel with a progress bar, the table, the
 * chart of final loss against learning rate, "Export CSV…" and "Add best runs". Composes and binds only; the
 * behaviour is {@link CompareViewModel}'s. FX-thread confined.
 */
final class CompareDialog {

    private static final String BAD_FIELD = "-fx-border-color: #d01010; -fx-border-width: 1.5;";

    private final CompareViewModel vm;
    private final Stage stage = new Stage();
    private final Map<CompareInput.Field, TextField> fields = new EnumMap<>(CompareInput.Field.class);
    private final ChartViewer chart = new ChartViewer();
    private final Label notPlotted = new Label();

    CompareDialog(CompareViewModel vm, FileDialogs dialogs, Window owner) {
        this.vm = vm;
        stage.setTitle("Compare optimizers");
        if (owner != null) {
            stage.initOwner(owner);
        }
        VBox root = new VBox(8, form(), controls(), results(), buttons(dialogs));
        root.setPadding(new Insets(10));
        root.setId("compare-dialog");
        Scene scene = new Scene(root, 1180, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        vm.rows().addListener((ListChangeListener<ComparisonRow>) c -> showChart());
        vm.errorFieldProperty().addListener((obs, o, f) -> markBad(f));
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private VBox form() {
        FlowPane optimizers = new FlowPane(10, 4);
        for (OptimizerKind kind : OptimizerKind.values()) {
            CheckBox box = new CheckBox(kind.cliName());
            box.setId("compare-opt-" + kind.cliName());
            box.selectedProperty().bindBidirectional(vm.chosenProperty(kind));
            optimizers.getChildren().add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("learning rates"), field(CompareInput.Field.LR_MIN, vm.lrMinProperty(), "min"),
                new Label("to"), field(CompareInput.Field.LR_MAX, vm.lrMaxProperty(), "max"),
                new Label("count (log-spaced)"), field(CompareInput.Field.LR_COUNT, vm.lrCountProperty(), "K"));
        grid.addRow(1, new Label("steps"), field(CompareInput.Field.STEPS, vm.stepsProperty(), "N"),
                new Label("target loss"), field(CompareInput.Field.TARGET, vm.targetProperty(), "none"));
        ChoiceBox<String> schedule = new ChoiceBox<>();
        schedule.setId("compare-schedule");
        schedule.getItems().setAll(RunSettings.SCHEDULES);
        schedule.valueProperty().bindBidirectional(vm.scheduleProperty());
        Button useSelected = new Button("Use selected run");
        useSelected.setId("compare-use-selected");
        useSelected.setOnAction(e -> vm.useSelectedRun());
        grid.addRow(2, new Label("start"), field(CompareInput.Field.START, vm.startProperty(), "x,y"),
                new Label("schedule"), schedule, useSelected);
        Label parameters = new Label();
        parameters.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> parametersText(),
                vm.scheduleProperty(), vm.startProperty()));
        parameters.setStyle("-fx-opacity: 0.75;");
        return new VBox(6, new HBox(8, new Label("optimizers"), optimizers), grid, parameters);
    }

    private String parametersText() {
        Map<String, String> p = vm.scheduleParameters();
        String shared = p.isEmpty() ? "the schedule's defaults" : p.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "Same start, steps, stopping rule and schedule (" + shared + ") for every run; other settings are "
                + "each optimizer's defaults. Basins: the map's grid.";
    }

    private TextField field(CompareInput.Field which, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId("compare-" + which.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        f.setPromptText(prompt);
        f.setPrefColumnCount(which == CompareInput.Field.START ? 14 : 7);
        f.textProperty().bindBidirectional(value);
        f.setOnAction(e -> vm.run());
        fields.put(which, f);
        return f;
    }

    private VBox controls() {
        Button run = new Button("Run");
        run.setId("compare-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.run());
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("compare-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("compare-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("compare-status");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("compare-error");
        error.setStyle("-fx-text-fill: #d01010;");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        HBox row = new HBox(8, run, cancel, progress, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, error);
    }

    private SplitPane results() {
        CompareTable table = new CompareTable(vm.rows());
        chart.setId("compare-chart");
        notPlotted.setId("compare-not-plotted");
        notPlotted.setWrapText(true);
        VBox right = new VBox(4, chart, notPlotted);
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private HBox buttons(FileDialogs dialogs) {
        Button export = new Button("Export CSV…");
        export.setId("compare-export");
        export.setOnAction(e -> vm.exportCsv(dialogs));
        Button add = new Button("Add best runs");
        add.setId("compare-add-best");
        add.setOnAction(e -> vm.addBestRuns());
        javafx.beans.binding.BooleanBinding none = javafx.beans.binding.Bindings.isEmpty(vm.rows());
        export.disableProperty().bind(none);
        add.disableProperty().bind(none.or(vm.runningProperty()));
        HBox row = new HBox(8, export, add);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private void showChart() {
        List<ComparisonRow> rows = List.copyOf(vm.rows());
        chart.setChart(CompareChart.chart(rows, vm::colourOf));
        List<String> missing = CompareChart.notPlotted(rows);
        notPlotted.setText(missing.isEmpty() ? "" : "Not plotted: " + String.join(", ", missing));
    }

    private void markBad(CompareInput.Field bad) {
        fields.forEach((which, f) -> f.setStyle(which == bad ? BAD_FIELD : ""));
    }
}
