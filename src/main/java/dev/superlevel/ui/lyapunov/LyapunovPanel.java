package dev.superlevel.ui.lyapunov;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** "Lyapunov function V": a field for V(x, y), Apply (or Enter), the parser's message and what V does. */
public final class LyapunovPanel extends VBox {

    public LyapunovPanel(LyapunovViewModel vm) {
        super(4);
        setPadding(new Insets(8));
        getStyleClass().add("panel");
        Label title = new Label("Lyapunov function V");
        title.getStyleClass().add("panel-title");
        TextField field = new TextField();
        field.setId("lyapunov-field");
        field.setPromptText("blank: V = L, e.g. x^2 + y^2");
        field.textProperty().bindBidirectional(vm.expressionProperty());
        field.setTooltip(new Tooltip("V(x, y) for the dV/dt chart; the map hatches where ∇V·∇L ≥ 0 fails."
                + " Enter applies"));
        field.setOnAction(e -> vm.apply());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button apply = new Button("Apply");
        apply.setId("lyapunov-apply");
        apply.setOnAction(e -> vm.apply());
        Label problem = new Label();
        problem.setId("lyapunov-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label status = new Label();
        status.setId("lyapunov-status");
        status.setWrapText(true);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (vm.functionProperty().get() == null) {
                return "V = L: dV/dt = ∇L·Δθ";
            }
            dev.superlevel.ui.landscape.HatchMask mask = vm.failuresProperty().get();
            return mask == null ? "checking ∇V·∇L ≥ 0…" : mask.count() == 0
                    ? "∇V·∇L ≥ 0 holds over the view"
                    : String.format(java.util.Locale.ROOT, "∇V·∇L ≥ 0 fails on %.1f %% of the view (hatched)",
                            100 * mask.fraction());
        }, vm.functionProperty(), vm.failuresProperty()));
        getChildren().addAll(title, new HBox(4, field, apply), problem, status);
    }
}
