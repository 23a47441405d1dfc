package dev.superlevel.ui.window;

import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.files.FileCommands;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

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
        StackPane busy = builtWhenFirstShown(vm.landscape().busyProperty(), () -> {
            ProgressIndicator indicator = new ProgressIndicator();
            indicator.setPrefSize(16, 16);
            return indicator;
        });
        busy.setMinSize(16, 16);  // its place is kept while hidden, so the status line does not move
        busy.setPrefSize(16, 16);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        StackPane export = shownWhile(builtWhenFirstShown(vm.progressProperty().greaterThanOrEqualTo(0), () -> {
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(120);
            bar.setTooltip(new Tooltip("Export in progress"));
            bar.progressProperty().bind(vm.progressProperty());
            return bar;
        }));
        StackPane cancelExport = shownWhile(builtWhenFirstShown(vm.exportingProperty(), () -> {
            Button cancel = new Button("Cancel");
            cancel.setId("cancel-export");
            cancel.setTooltip(new Tooltip("Stop the running export; no file is written"));
            cancel.setOnAction(e -> vm.cancelExport());
            return whole(cancel);
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hover = new Label();
        hover.setId("hover-readout");
        hover.textProperty().bind(hoverText);
        getChildren().addAll(busy, status, export, cancelExport,
                shownWhile(builtWhenFirstShown(files.openingFileProperty().isNotEmpty(), () -> opening(files))),
                shownWhile(builtWhenFirstShown(vm.savedProperty().isNotNull(), () -> saved(vm, openFolder))), spacer,
                hover);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
    }

    /** Takes part in the layout only while visible. */
    private static <T extends Node> T shownWhile(T node) {
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /**
     * A place that is visible while {@code condition} holds, its content built the first time it does
     * (issue 11 item 19: a hidden control still costs its skin and CSS in the window's first frame).
     */
    static StackPane builtWhenFirstShown(ObservableBooleanValue condition, Supplier<Node> content) {
        StackPane place = new StackPane();
        place.visibleProperty().bind(condition);
        InvalidationListener build = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (condition.get()) {
                    condition.removeListener(this);
                    place.getChildren().add(content.get());
                }
            }
        };
        condition.addListener(build);
        build.invalidated(condition);
        return place;
    }

    private static HBox opening(FileCommands files) {
        Label label = new Label();
        label.setId("opening");
        label.textProperty().bind(files.openingFileProperty().map(name -> "opening " + name + "…"));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-opening");
        cancel.setTooltip(new Tooltip("Stop opening the session; the view stays as it is"));
        cancel.setOnAction(e -> files.cancelOpening());
        return new HBox(6, label, whole(cancel));
    }

    private static HBox saved(AppViewModel vm, Consumer<Path> openFolder) {
        Label label = new Label();
        label.setId("saved-notice");
        label.textProperty().bind(vm.savedProperty().map(p -> "Saved to " + p).orElse(""));
        label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);  // a long path keeps "Saved to" and the file name
        Tooltip full = new Tooltip();
        full.textProperty().bind(label.textProperty());
        label.setTooltip(full);
        Button open = new Button("Open folder");
        open.setId("open-folder");
        open.setTooltip(new Tooltip("Show the folder of the file just written"));
        open.setOnAction(e -> {
            Path file = vm.savedProperty().get();
            if (file != null && file.getParent() != null) {
                openFolder.accept(file.getParent());
            }
        });
        return new HBox(6, label, whole(open));
    }

    /** A button that keeps its whole text when the bar is crowded: the labels beside it give way instead. */
    private static Button whole(Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
