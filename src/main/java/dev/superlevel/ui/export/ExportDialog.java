package dev.superlevel.ui.export;

import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.charts.ChartKind;
import dev.superlevel.ui.charts.LiveCharts;
import dev.superlevel.ui.landscape.LandscapeView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Export PNG: pick the landscape or a chart and a size (the on-screen size by default, or larger),
 * then a file; the FileChooser remembers its folder. Failures show an error dialog; the atomic
 * {@code PngWriter} never leaves a half-written file.
 */
public final class ExportDialog {

    /** What can be exported: the landscape figure or one of the charts. */
    public static final String LANDSCAPE = "Landscape";

    private final AppViewModel vm;
    private final LiveCharts charts;
    private final LandscapeView landscapeView;
    private File lastFolder;

    public ExportDialog(AppViewModel vm, LiveCharts charts, LandscapeView landscapeView) {
        this.vm = vm;
        this.charts = charts;
        this.landscapeView = landscapeView;
    }

    /** Asks what and how large, then where, then writes. */
    public void show(Window owner, boolean dark) {
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().add(LANDSCAPE);
        for (ChartKind kind : ChartKind.values()) {
            what.getItems().add(kind.title());
        }
        what.setValue(LANDSCAPE);
        Spinner<Integer> width = new Spinner<>(16, ExportService.MAX_SIDE, onScreen(landscapeView.getWidth()));
        Spinner<Integer> height = new Spinner<>(16, ExportService.MAX_SIDE, onScreen(landscapeView.getHeight()));
        width.setEditable(true);
        height.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Export"), what);
        grid.addRow(1, new Label("Width (px)"), width);
        grid.addRow(2, new Label("Height (px)"), height);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export PNG");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        File file = chooseFile(owner);
        if (file == null) {
            return;
        }
        try {
            export(what.getValue(), file.toPath(), width.getValue(), height.getValue(), dark);
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Could not export " + file.getName());
            alert.initOwner(owner);
            alert.show();
        }
    }

    private static int onScreen(double size) {
        return (int) Math.max(16, Math.round(size));
    }

    private File chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName("superlevel.png");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return file;
    }

    /**
     * Writes {@code what} ({@link #LANDSCAPE} or a chart title) at {@code width × height} to
     * {@code target}.
     */
    public void export(String what, Path target, int width, int height, boolean dark) throws IOException {
        if (LANDSCAPE.equals(what)) {
            vm.exportLandscape(target, width, height, dark);
            return;
        }
        for (ChartKind kind : ChartKind.values()) {
            if (kind.title().equals(what)) {
                ExportService.exportChart(charts.chart(kind), width, height, target);
                return;
            }
        }
        throw new IllegalArgumentException("nothing to export named '" + what + "'");
    }
}
