package dev.superlevel.ui.levelset;

import dev.superlevel.ui.landscape.LandscapeData;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The λ control: slider with persistence-event ticks, numeric field, read-out and Betti-0 plot. */
public final class LambdaPanel extends VBox {

    private final LevelSetViewModel vm;
    private final Slider slider = new Slider();
    private final Canvas eventTicks = new Canvas(260, 8);
    private final Label problem = new Label();
    private final TextField field = new TextField();

    public LambdaPanel(LevelSetViewModel vm, ObservableValue<LandscapeData> landscape) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label title = new Label("Level λ");
        title.getStyleClass().add("panel-title");
        slider.setId("lambda-slider");
        slider.minProperty().bind(vm.minLevelProperty());
        slider.maxProperty().bind(vm.maxLevelProperty());
        slider.valueProperty().bindBidirectional(vm.lambdaProperty());
        slider.setTooltip(new Tooltip("λ: drag to move the level; PageUp/PageDown or ] / [ jump to the"
                + " next/previous persistence event"));
        eventTicks.widthProperty().bind(slider.widthProperty());
        slider.setMaxWidth(260);
        slider.setPrefWidth(260);
        vm.eventLevelsProperty().addListener(o -> drawEventTicks());
        slider.widthProperty().addListener(o -> drawEventTicks());
        field.setId("lambda-field");
        field.setPrefColumnCount(9);
        field.setTooltip(new Tooltip("Type λ and press Enter"));
        field.setOnAction(e -> applyField());
        problem.setId("lambda-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        showProblem(null);
        vm.lambdaProperty().addListener((obs, o, v) -> {
            field.setText(format(v.doubleValue()));
            showProblem(null);
        });
        Button previous = new Button("◀ event");
        previous.setTooltip(new Tooltip("Previous persistence event (PageDown or [)"));
        previous.setOnAction(e -> vm.previousEvent());
        Button next = new Button("event ▶");
        next.setTooltip(new Tooltip("Next persistence event (PageUp or ])"));
        next.setOnAction(e -> vm.nextEvent());
        Label lambda = new Label("λ =");
        for (Region fixed : new Region[] {lambda, previous, next}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);  // the field gives way, not the label and buttons
        }
        HBox row = new HBox(6, lambda, field, previous, next);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label readout = new Label();
        readout.setId("lambda-readout");
        readout.setWrapText(true);
        readout.textProperty().bind(vm.readoutProperty());
        readout.setTooltip(new Tooltip("Components of S_λ, its share of the defined samples, and whether the"
                + " count is the same on a grid twice as fine"));
        BettiPlot betti = new BettiPlot(vm, landscape);
        getChildren().addAll(title, slider, eventTicks, row, problem, readout, new Label("Components vs λ"), betti);
    }

    private void applyField() {
        try {
            double lambda = Double.parseDouble(field.getText().trim());
            if (!Double.isFinite(lambda)) {
                throw new NumberFormatException();
            }
            vm.lambdaProperty().set(lambda);
            showProblem(null);
        } catch (NumberFormatException e) {
            showProblem("λ must be a number, e.g. 0.8 or 1e-3; \"" + field.getText().strip() + "\" is not one");
        }
    }

    /** Shows {@code message} under the field and marks the field, or (null) clears both. */
    private void showProblem(String message) {
        field.getStyleClass().remove("invalid");
        if (message != null) {
            field.getStyleClass().add("invalid");
        }
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
    }

    private void drawEventTicks() {
        GraphicsContext g = eventTicks.getGraphicsContext2D();
        double w = eventTicks.getWidth();
        g.clearRect(0, 0, w, eventTicks.getHeight());
        double lo = vm.minLevelProperty().get();
        double hi = vm.maxLevelProperty().get();
        if (!(hi > lo)) {
            return;
        }
        // the slider's thumb travel is inset by about half a thumb on each side
        double inset = 8;
        g.setStroke(Color.rgb(213, 94, 0));
        for (double e : vm.eventLevelsProperty().get()) {
            double x = inset + (e - lo) / (hi - lo) * (w - 2 * inset);
            g.strokeLine(x, 0, x, eventTicks.getHeight());
        }
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    public Slider slider() {
        return slider;
    }
}
