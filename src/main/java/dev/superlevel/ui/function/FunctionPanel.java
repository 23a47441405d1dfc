package dev.superlevel.ui.function;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.landscape.LandscapeViewModel;

import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The left panel: search + sample list with thumbnails, expression field with a debounced check and
 * a caret under the offending column, parameter sliders, domain, resolution, mode and connectivity.
 */
public final class FunctionPanel extends VBox {

    private final FunctionPanelViewModel vm;
    private final VBox parameterBox = new VBox(4);

    public FunctionPanel(FunctionPanelViewModel vm, LandscapeViewModel landscape, ThumbnailCache thumbnails) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        TextField search = searchField();
        ListView<SampleFunction> list = sampleList(thumbnails);
        searchKeys(search, list);
        getChildren().addAll(title("Function"), search, list, new Label("L(x, y) ="),
                expressionField(), fullFormula(), problemLabel(), parameterBox, title("View"), domainGrid(landscape),
                viewOptions(landscape));
        vm.parameters().addListener((ListChangeListener<ParameterState>) c -> rebuildParameters());
    }

    /**
     * While {@code info} is non-empty (a surface file is shown, issue 10), shows it — the file's name, array,
     * size and coordinate ranges — in place of the expression and its parameters, which belong to the
     * previous function.
     */
    public void showSurfaceInfo(javafx.beans.value.ObservableStringValue info) {
        Label label = new Label();
        label.setId("surface-info");
        label.setWrapText(true);
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> info.get().replace(" · ", "\n"), info));
        javafx.beans.binding.BooleanBinding surface = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !info.get().isEmpty(), info);
        int expression = getChildren().indexOf(lookup("#expression-field"));
        for (javafx.scene.Node n : List.of(getChildren().get(expression - 1), getChildren().get(expression),
                parameterBox)) {
            n.visibleProperty().bind(surface.not());
            n.managedProperty().bind(surface.not());
        }
        label.visibleProperty().bind(surface);
        label.managedProperty().bind(surface);
        getChildren().add(expression, label);
    }

    /** Adds {@code node} (e.g. the data-set scatter plot) right below the expression and its problem. */
    public void addBelowExpression(javafx.scene.Node node) {
        getChildren().add(getChildren().indexOf(parameterBox), node);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private TextField searchField() {
        TextField search = new TextField();
        search.setId("function-search");
        search.setPromptText("search samples…");
        search.setTooltip(new Tooltip("Filter the sample functions by name or formula"));
        search.textProperty().bindBidirectional(vm.filterProperty());
        return search;
    }

    /**
     * The search box's keys, as in any picker: Enter loads the first sample the filter lists (a deliberate
     * key, like a click; typing alone never loads), ↓ moves into the list at its first entry.
     */
    private void searchKeys(TextField search, ListView<SampleFunction> list) {
        search.setOnKeyPressed(e -> {
            if (list.getItems().isEmpty()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                load(list.getItems().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
                list.scrollTo(0);
                e.consume();
            }
        });
    }

    /** Rows of the sample list visible without scrolling. */
    static final int VISIBLE_SAMPLES = 8;

    /**
     * The sample list. Filtering only narrows the list: a function is loaded by a click on its entry or
     * Enter on the selected one, never by the selection moving as the filter changes.
     */
    private ListView<SampleFunction> sampleList(ThumbnailCache thumbnails) {
        ListView<SampleFunction> list = new ListView<>(vm.filteredSamples());
        list.setId("function-list");
        double row = ThumbnailCache.SIZE + 10;
        list.setFixedCellSize(row);
        list.setPrefHeight(VISIBLE_SAMPLES * row + 4);
        list.setMinHeight(VISIBLE_SAMPLES * row + 4);
        list.setTooltip(new Tooltip("Sample functions; click one (or press Enter) to load its formula, parameters"
                + " and domain"));
        list.setCellFactory(v -> {
            SampleCell cell = new SampleCell(thumbnails);
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty()) {
                    load(cell.getItem());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                load(list.getSelectionModel().getSelectedItem());
            }
        });
        vm.currentProperty().addListener((obs, o, s) -> showCurrent(list));
        // the filter changed the list under the selection: show the loaded function again if it is listed
        vm.filterProperty().addListener((obs, o, q) -> showCurrent(list));
        return list;
    }

    private void load(SampleFunction sample) {
        if (sample != null && sample != vm.currentProperty().get()) {
            vm.select(sample);
        }
    }

    /** Whether row {@code index} is wholly on screen (false before the list is first laid out). */
    private static boolean inView(ListView<?> list, int index) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || flow.getFirstVisibleCell() == null) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        double top = first.getLayoutY();
        double bottom = last.getLayoutY() + last.getHeight();
        int firstWhole = first.getIndex() + (top < -0.5 ? 1 : 0);
        int lastWhole = last.getIndex() - (bottom > flow.getHeight() + 0.5 ? 1 : 0);
        return index >= firstWhole && index <= lastWhole;
    }

    private void showCurrent(ListView<SampleFunction> list) {
        SampleFunction current = vm.currentProperty().get();
        if (current != null && list.getItems().contains(current)) {
            list.getSelectionModel().select(current);
            if (!inView(list, list.getItems().indexOf(current))) {  // a clicked entry stays under the pointer
                list.scrollTo(current);
            }
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    private TextField expressionField() {
        TextField field = new TextField();
        field.setId("expression-field");
        field.getStyleClass().add("expression");
        field.setTooltip(new Tooltip("An expression in x, y, pi, e and the parameters; checked as you type"));
        field.textProperty().bindBidirectional(vm.expressionProperty());
        // a data-set function's formula is a description, not an expression to edit
        field.editableProperty().bind(vm.datasetProperty().isNull());
        PauseTransition pause = new PauseTransition(Duration.millis(300));
        pause.setOnFinished(e -> vm.validate());
        field.textProperty().addListener((obs, o, n) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            vm.validate();
        });
        vm.problemProperty().addListener((obs, o, p) -> {
            field.getStyleClass().remove("invalid");
            if (p != null) {
                field.getStyleClass().add("invalid");
            }
        });
        return field;
    }

    /** A formula longer than the field shows in full below it, wrapped, so it can be read without scrolling. */
    private Label fullFormula() {
        Label full = new Label();
        full.setId("formula-full");
        full.getStyleClass().add("formula-full");
        full.setWrapText(true);
        full.textProperty().bind(vm.expressionProperty());
        full.visibleProperty().bind(vm.expressionProperty().length().greaterThan(FULL_FORMULA_FROM));
        full.managedProperty().bind(full.visibleProperty());
        return full;
    }

    /** Formulas longer than this many characters overflow the field's width: they are repeated in full. */
    static final int FULL_FORMULA_FROM = 30;

    private Label problemLabel() {
        Label problem = new Label();
        problem.setId("expression-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        vm.problemProperty().addListener((obs, o, p) -> problem.setText(p == null ? ""
                : p.caretSnippet() + "\n" + p.message()));
        return problem;
    }

    private void rebuildParameters() {
        parameterBox.getChildren().clear();
        for (ParameterState p : vm.parameters()) {
            Slider slider = new Slider(p.min(), p.max(), p.valueProperty().get());
            slider.setId("parameter-" + p.name());
            slider.valueProperty().bindBidirectional(p.valueProperty());
            slider.setTooltip(new Tooltip("Parameter " + p.name() + " in [" + p.min() + ", " + p.max() + "]"));
            Label value = new Label();
            value.textProperty().bind(p.valueProperty().asString(Locale.ROOT, p.name() + " = %.4g"));
            value.setMinWidth(90);
            parameterBox.getChildren().add(new HBox(6, value, slider));
        }
    }

    private VBox domainGrid(LandscapeViewModel landscape) {
        TextField[] fields = new TextField[4];
        String[] names = {"x min", "x max", "y min", "y max"};
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        for (int k = 0; k < 4; k++) {
            fields[k] = new TextField();
            fields[k].setPrefColumnCount(5);
            fields[k].setId("domain-" + names[k].replace(" ", ""));
            fields[k].setTooltip(new Tooltip(names[k] + " of the domain; press Enter to apply"));
            fields[k].setOnAction(e -> vm.setDomain(fields[0].getText(), fields[1].getText(),
                    fields[2].getText(), fields[3].getText()));
            grid.add(new Label(names[k]), (k % 2) * 2, k / 2);
            grid.add(fields[k], (k % 2) * 2 + 1, k / 2);
        }
        // the fields show the region on screen: they follow wheel-zoom, drag-pan and Reset view
        landscape.viewDomainProperty().addListener((obs, o, d) -> fillDomain(fields, d));
        fillDomain(fields, landscape.viewDomainProperty().get());
        // under the grid, not in it: a long message wraps to the panel's width instead of being cut off
        Label error = new Label();
        error.setId("domain-problem");
        error.getStyleClass().add("problem");
        error.setWrapText(true);
        error.textProperty().bind(vm.domainErrorProperty());
        error.managedProperty().bind(vm.domainErrorProperty().isNotEmpty());
        return new VBox(4, grid, error);
    }

    private static void fillDomain(TextField[] fields, Domain d) {
        double[] v = {d.xmin(), d.xmax(), d.ymin(), d.ymax()};
        for (int k = 0; k < 4; k++) {
            fields[k].setText(String.format(Locale.ROOT, "%.6g", v[k]));
        }
    }

    private GridPane viewOptions(LandscapeViewModel landscape) {
        ChoiceBox<Integer> resolution = new ChoiceBox<>();
        resolution.getItems().addAll(128, 256, 512, 768, 1024);
        resolution.setId("resolution-choice");
        resolution.setValue(landscape.resolutionProperty().get());
        resolution.setTooltip(new Tooltip("Grid resolution N (N × N samples)"));
        resolution.valueProperty().addListener((obs, o, n) -> landscape.resolutionProperty().set(n));
        landscape.resolutionProperty().addListener((obs, o, n) -> {
            if (!resolution.getItems().contains(n.intValue())) {
                resolution.getItems().add(n.intValue());
            }
            resolution.setValue(n.intValue());
        });
        ChoiceBox<SetMode> mode = new ChoiceBox<>();
        mode.getItems().addAll(SetMode.values());
        mode.setId("mode-choice");
        mode.valueProperty().bindBidirectional(landscape.modeProperty());
        mode.setConverter(Labels.of(m -> m == SetMode.SUPERLEVEL ? "superlevel  {L ≥ λ}" : "sublevel  {L ≤ λ}"));
        mode.setTooltip(new Tooltip("Super-level set {L ≥ λ} or sub-level set {L ≤ λ} (basins)"));
        ChoiceBox<Connectivity> connectivity = new ChoiceBox<>();
        connectivity.getItems().addAll(Connectivity.values());
        connectivity.setId("connectivity-choice");
        connectivity.valueProperty().bindBidirectional(landscape.connectivityProperty());
        connectivity.setConverter(Labels.of(c -> c == Connectivity.CONTOUR ? "contour" : c.label() + "-connected"));
        connectivity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Connectivity c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Connectivity fromString(String s) {
                return Connectivity.parse(s);
            }
        });
        connectivity.setTooltip(new Tooltip("Neighbours: 4, 8, or contour (4 plus the marching-squares saddle"
                + " rule)"));
        ChoiceBox<ColorScale> scale = new ChoiceBox<>();
        scale.getItems().addAll(ColorScale.values());
        scale.valueProperty().bindBidirectional(landscape.scaleProperty());
        scale.setConverter(Labels.of(c -> c == ColorScale.LOG ? "log" : "linear"));
        scale.setTooltip(new Tooltip("Colour scale of the heat map"));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("grid"), resolution);
        grid.addRow(1, new Label("set"), mode);
        grid.addRow(2, new Label("connectivity"), connectivity);
        grid.addRow(3, new Label("colour"), scale);
        return grid;
    }
}
