package dev.superlevel.ui.export;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.charts.ChartKind;
import dev.superlevel.ui.charts.ChartsView;
import dev.superlevel.ui.charts.LiveCharts;
import dev.superlevel.ui.landscape.LandscapeView;
import java.io.File;
import dev.superlevel.io.session.Session;
import dev.superlevel.render.FigureKind;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Export PNG: pick the landscape or a chart and a size (the on-screen size by default, or larger),
 * then a file; the FileChooser remembers its folder. Failures show an error dialog; the atomic
 * {@code PngWriter} never leaves a half-written file.
 */
public final class ExportDialog {

    /** What can be exported: the landscape figure, the composite figure, or one of the charts. */
    public static final String LANDSCAPE = "Landscape";
    public static final String COMPOSITE = "Landscape with charts (composite)";

    private final AppViewModel vm;
    private final BackgroundExecutor executor;
    private final ChartsView chartsView;
    private final LiveCharts charts;
    private final LandscapeView landscapeView;
    private File lastFolder;

    public ExportDialog(AppViewModel vm, LiveCharts charts, LandscapeView landscapeView, ChartsView chartsView,
            BackgroundExecutor executor) {
        this.vm = vm;
        this.chartsView = chartsView;
        this.executor = executor;
        this.charts = charts;
        this.landscapeView = landscapeView;
    }

    /** Asks what and how large, then where, then writes. */
    public void show(Window owner, boolean dark) {
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().addAll(LANDSCAPE, COMPOSITE);
        for (ChartKind kind : ChartKind.values()) {
            what.getItems().add(kind.title());
        }
        what.setValue(LANDSCAPE);
        Spinner<Integer> width = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, onScreen(landscapeView.getWidth()));
        Spinner<Integer> height = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, onScreen(landscapeView.getHeight()));
        width.setEditable(true);
        height.setEditable(true);
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        scale.getItems().addAll(1, 2, 3);
        scale.setValue(1);
        scale.setConverter(dev.superlevel.ui.function.Labels.of(k -> k == 1 ? "on-screen size" : k + "× (print)"));
        scale.setTooltip(new Tooltip("On-screen size, or 2×/3× the pixels with text and lines as large "
                + "relative to the picture (sharp in print); any other size may be typed in"));
        // the default size is the chosen thing's size on screen times the scale; other sizes may be typed in
        Runnable resize = () -> {
            Region node = nodeFor(what.getValue());
            width.getValueFactory().setValue(scaled(node.getWidth(), scale.getValue()));
            height.getValueFactory().setValue(scaled(node.getHeight(), scale.getValue()));
        };
        what.valueProperty().addListener((obs, o, choice) -> resize.run());
        scale.valueProperty().addListener((obs, o, k) -> resize.run());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Export"), what);
        grid.addRow(1, new Label("Size"), scale);
        grid.addRow(2, new Label("Width (px)"), width);
        grid.addRow(3, new Label("Height (px)"), height);
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
        String choice = what.getValue();
        if (LANDSCAPE.equals(choice) || COMPOSITE.equals(choice)) {
            exportFigureInBackground(owner, choice, file, width.getValue(), height.getValue(), scale.getValue(),
                    dark);
            return;
        }
        try {
            export(choice, file.toPath(), width.getValue(), height.getValue(), scale.getValue(), dark);
        } catch (IOException | RuntimeException e) {
            showError(owner, file, e);
        }
    }

    /**
     * The figure re-computes its session (sampling, persistence, runs) exactly like the CLI, so it is
     * rendered off the FX thread; the session itself is taken now, on the FX thread.
     */
    private void exportFigureInBackground(Window owner, String choice, File file, int width, int height,
            double scale, boolean dark) {
        Session session = vm.session(dark);
        if (session == null) {
            showError(owner, file, new IOException("there is no landscape to export yet"));
            return;
        }
        FigureKind kind = COMPOSITE.equals(choice) ? FigureKind.COMPOSITE : FigureKind.LANDSCAPE;
        executor.submit(cancel -> {
            try {
                ExportService.exportFigure(session, kind, width, height, scale, file.toPath(), cancel);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return file;
        }, done -> { }, error -> showError(owner, file, error));
    }

    private static void showError(Window owner, File file, Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.setHeaderText("Could not export " + file.getName());
        alert.initOwner(owner);
        alert.show();
    }

    /** Asks figure, size, frames and frame rate, then a file, and writes the GIF in the background. */
    public void showAnimation(Window owner, boolean dark) {
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().addAll(LANDSCAPE, COMPOSITE);
        what.setValue(LANDSCAPE);
        Spinner<Integer> width = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, 800);
        Spinner<Integer> height = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, 600);
        Spinner<Integer> frames = new Spinner<>(1, dev.superlevel.io.image.GifWriter.MAX_FRAMES, 60);
        Spinner<Integer> fps = new Spinner<>(1, 50, 15);
        for (Spinner<Integer> s : List.of(width, height, frames, fps)) {
            s.setEditable(true);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Figure"), what);
        grid.addRow(1, new Label("Width (px)"), width);
        grid.addRow(2, new Label("Height (px)"), height);
        grid.addRow(3, new Label("Frames"), frames);
        grid.addRow(4, new Label("Frames per second"), fps);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export animation (GIF)");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export animation");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF animation", "*.gif"));
        chooser.setInitialFileName("superlevel.gif");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        Session session = vm.session(dark);
        if (file == null || session == null) {
            return;
        }
        lastFolder = file.getParentFile();
        FigureKind kind = COMPOSITE.equals(what.getValue()) ? FigureKind.COMPOSITE : FigureKind.LANDSCAPE;
        int w = width.getValue();
        int h = height.getValue();
        int n = frames.getValue();
        int rate = fps.getValue();
        Cancellation byUser = vm.beginExport();
        executor.submit(cancel -> {
            try {
                ExportService.exportAnimation(session, kind, w, h, n, rate, file.toPath(),
                        () -> cancel.isCancelled() || byUser.isCancelled(),
                        p -> executor.publish(() -> vm.reportProgress(p)));
                return "animation written to " + file.getName();
            } catch (CancelledException stopped) {
                return "animation export cancelled: no file written";
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, vm::endExport, error -> {
            vm.endExport(null);
            showError(owner, file, error);
        });
    }

    private Region nodeFor(String choice) {
        for (ChartKind kind : ChartKind.values()) {
            if (kind.title().equals(choice)) {
                return chartsView.viewer(kind);
            }
        }
        return landscapeView;
    }

    private static int onScreen(double size) {
        return (int) Math.max(ExportService.MIN_SIDE, Math.round(size));
    }

    private static int scaled(double size, int scale) {
        return Math.min(ExportService.MAX_SIDE, onScreen(size) * scale);
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
        export(what, target, width, height, 1, dark);
    }

    /** As {@link #export(String, Path, int, int, boolean)} with text and lines {@code scale} times larger. */
    public void export(String what, Path target, int width, int height, double scale, boolean dark)
            throws IOException {
        if (LANDSCAPE.equals(what) || COMPOSITE.equals(what)) {
            vm.exportFigure(target, COMPOSITE.equals(what), width, height, scale, dark);
            return;
        }
        for (ChartKind kind : ChartKind.values()) {
            if (kind.title().equals(what)) {
                ExportService.exportChart(charts.chart(kind), width, height, scale, target);
                return;
            }
        }
        throw new IllegalArgumentException("nothing to export named '" + what + "'");
    }
}
