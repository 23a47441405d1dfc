package dev.superlevel.ui.window;

import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.files.FileCommands;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: busy indicator and status line, the export's progress and Cancel, the session being
 * opened and its Cancel, "Saved to …" with Open folder after every export or save, and the hover
 * read-out on the right.
 */
public final class StatusBar extends HBox {

    /**
     * @param openFolder opens a folder in the desktop's file manager
     * @param hoverText the map's read-out under the pointer
     */
    public StatusBar(AppViewModel vm, FileCommands files, Consumer<Path> openFolder, ObservableStringValue hoverText) {
        super(8);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.landscape().busyProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressBar export = new ProgressBar();
        export.setPrefWidth(120);
        export.setTooltip(new Tooltip("Export in progress"));
        export.progressProperty().bind(vm.progressProperty());
        export.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        export.managedProperty().bind(export.visibleProperty());
        Button cancelExport = shownWhile(new Button("Cancel"), vm.exportingProperty());
        cancelExport.setId("cancel-export");
        cancelExport.setTooltip(new Tooltip("Stop the running export; no file is written"));
        cancelExport.setOnAction(e -> vm.cancelExport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hover = new Label();
        hover.setId("hover-readout");
        hover.textProperty().bind(hoverText);
        getChildren().addAll(busy, status, export, cancelExport, opening(files), saved(vm, openFolder), spacer,
                hover);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
    }

    private static <T extends javafx.scene.Node> T shownWhile(T node,
            javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private static HBox opening(FileCommands files) {
        Label label = new Label();
        label.setId("opening");
        label.textProperty().bind(files.openingFileProperty().map(name -> "opening " + name + "…"));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-opening");
        cancel.setTooltip(new Tooltip("Stop opening the session; the view stays as it is"));
        cancel.setOnAction(e -> files.cancelOpening());
        return shownWhile(new HBox(6, label, cancel), files.openingFileProperty().isNotEmpty());
    }

    private static HBox saved(AppViewModel vm, Consumer<Path> openFolder) {
        Label label = new Label();
        label.setId("saved-notice");
        label.textProperty().bind(vm.savedProperty().map(p -> "Saved to " + p).orElse(""));
        Button open = new Button("Open folder");
        open.setId("open-folder");
        open.setTooltip(new Tooltip("Show the folder of the file just written"));
        open.setOnAction(e -> {
            Path file = vm.savedProperty().get();
            if (file != null && file.getParent() != null) {
                openFolder.accept(file.getParent());
            }
        });
        return shownWhile(new HBox(6, label, open), vm.savedProperty().isNotNull());
    }
}
