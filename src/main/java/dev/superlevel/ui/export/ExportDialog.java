package dev.superlevel.ui.export;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.io.session.Session;
import dev.superlevel.render.FigureKind;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.charts.ChartsView;
import dev.superlevel.ui.charts.LiveCharts;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.files.FileDialogs;
import dev.superlevel.ui.function.Labels;
import dev.superlevel.ui.landscape.LandscapeView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Export PNG: pick an {@link ExportTarget} (a figure or a chart) and a size (a chart's or the landscape's
 * on-screen size, the composite's own 1600 × 900, or larger), then a file through {@link FileDialogs}.
 * Every successful export ends in {@link AppViewModel#saved(Path)} (the window's "Saved to …" notice);
 * failures go to the error dialog. The atomic {@code PngWriter} never leaves a half-written file.
 */
public final class ExportDialog {

    private static final FileDialogs.Filter FIGURES = FileDialogs.Filter.of(
            "Figures: PNG image, SVG or PDF vector (*.png, *.svg, *.pdf)", "*.png", "*.svg", "*.pdf");
    private static final FileDialogs.Filter ANIMATIONS = FileDialogs.Filter.of(
            "Animations: GIF or MP4 video (*.gif, *.mp4)", "*.gif", "*.mp4");

    private final AppViewModel vm;
    private final BackgroundExecutor executor;
    private final ChartsView chartsView;
    private final LiveCharts charts;
    private final LandscapeView landscapeView;
    private final FileDialogs files;

    public ExportDialog(AppViewModel vm, LiveCharts charts, LandscapeView landscapeView, ChartsView chartsView,
            BackgroundExecutor executor, FileDialogs files) {
        this.vm = vm;
        this.chartsView = chartsView;
        this.executor = executor;
        this.charts = charts;
        this.landscapeView = landscapeView;
        this.files = files;
    }

    /** Asks what and how large, then where, then writes. */
    public void show(Window owner) {
        ChoiceBox<ExportTarget> what = new ChoiceBox<>();
        what.setId("export-what");
        what.getItems().addAll(ExportTarget.offered(!vm.paths().paths().isEmpty()));
        what.setConverter(Labels.of(ExportTarget::label));
        what.setValue(ExportTarget.of(FigureKind.LANDSCAPE));
        Spinner<Integer> width = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, onScreen(landscapeView.getWidth()));
        Spinner<Integer> height = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, onScreen(landscapeView.getHeight()));
        width.setId("export-width");
        height.setId("export-height");
        width.setEditable(true);
        height.setEditable(true);
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        scale.getItems().addAll(1, 2, 3);
        scale.setValue(1);
        scale.setConverter(Labels.of(ExportDialog::scaleLabel));
        scale.setTooltip(new Tooltip("1×: the figure's own size (the view's size on screen; 1600 × 900 for the"
                + " composite), or 2×/3× the pixels with text and lines as large relative to the picture (sharp in"
                + " print); any other size may be typed in"));
        // the default size is the chosen thing's own size times the scale; other sizes may be typed in
        Runnable resize = () -> {
            int[] size = defaultSize(what.getValue());
            width.getValueFactory().setValue(Math.min(ExportService.MAX_SIDE, size[0] * scale.getValue()));
            height.getValueFactory().setValue(Math.min(ExportService.MAX_SIDE, size[1] * scale.getValue()));
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
        if (!ask(owner, "Export PNG", grid)) {
            return;
        }
        Optional<Path> file = files.save("Export figure", FIGURES, "superlevel.png");
        file.ifPresent(f -> exportChosen(what.getValue(), f, width.getValue(), height.getValue(), scale.getValue()));
    }

    private static boolean ask(Window owner, String title, GridPane content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /** The Size choice's words for scale {@code k}: 1× is each figure's own size, not always the screen's. */
    static String scaleLabel(int k) {
        return k == 1 ? "1× (its own size)" : k + "× (print)";
    }

    /** The size a target gets by default at scale 1: the composite its own, the others their on-screen size. */
    int[] defaultSize(ExportTarget target) {
        if (target instanceof ExportTarget.Figure f && f.kind() == FigureKind.COMPOSITE) {
            return new int[] {ExportTarget.COMPOSITE_WIDTH, ExportTarget.COMPOSITE_HEIGHT};
        }
        Region node = target instanceof ExportTarget.Chart c ? chartsView.viewer(c.kind()) : landscapeView;
        return new int[] {onScreen(node.getWidth()), onScreen(node.getHeight())};
    }

    private void exportChosen(ExportTarget target, Path file, int width, int height, double scale) {
        boolean dark = vm.darkProperty().get();
        if (target instanceof ExportTarget.Figure f) {
            exportFigureInBackground(f.kind(), file, width, height, scale, dark);
            return;
        }
        try {
            export(target, file, width, height, scale, dark);
            vm.saved(file);
        } catch (IOException | RuntimeException e) {
            showError(file, e);
        }
    }

    /**
     * The figure re-computes its session (sampling, persistence, runs) exactly like the CLI, so it is
     * rendered off the FX thread; the session itself is taken now, on the FX thread.
     */
    private void exportFigureInBackground(FigureKind kind, Path file, int width, int height, double scale,
            boolean dark) {
        Session session = vm.session(dark);
        if (session == null) {
            showError(file, new IOException("there is no landscape to export yet"));
            return;
        }
        executor.submit(cancel -> {
            try {
                ExportService.exportFigure(session, kind, width, height, scale, file, cancel);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return file;
        }, vm::saved, error -> showError(file, error));
    }

    private void showError(Path file, Throwable e) {
        files.error("Could not export " + file.getFileName(), e.getMessage());
    }

    /** Asks figure, size, frames and frame rate, then a file, and writes the GIF in the background. */
    public void showAnimation(Window owner) {
        ChoiceBox<FigureKind> what = new ChoiceBox<>();
        what.setId("animation-what");
        what.getItems().addAll(ExportTarget.figures(!vm.paths().paths().isEmpty()));
        what.setConverter(Labels.of(k -> ExportTarget.of(k).label()));
        what.setValue(FigureKind.LANDSCAPE);
        Spinner<Integer> width = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, 800);
        Spinner<Integer> height = new Spinner<>(ExportService.MIN_SIDE, ExportService.MAX_SIDE, 600);
        what.valueProperty().addListener((obs, o, k) -> {
            boolean composite = k == FigureKind.COMPOSITE;
            width.getValueFactory().setValue(composite ? ExportTarget.COMPOSITE_WIDTH : 800);
            height.getValueFactory().setValue(composite ? ExportTarget.COMPOSITE_HEIGHT : 600);
        });
        Spinner<Integer> frames = new Spinner<>(1, dev.superlevel.io.image.GifWriter.MAX_FRAMES, 60);
        frames.setId("animation-frames");
        width.setId("animation-width");
        height.setId("animation-height");
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
        if (!ask(owner, "Export animation (GIF or MP4)", grid)) {
            return;
        }
        Optional<Path> file = files.save("Export animation", ANIMATIONS, "superlevel.gif");
        Session session = vm.session(vm.darkProperty().get());
        if (file.isEmpty() || session == null) {
            return;
        }
        animate(session, what.getValue(), file.get(), new int[] {width.getValue(), height.getValue()},
                frames.getValue(), fps.getValue());
    }

    private void animate(Session session, FigureKind kind, Path file, int[] size, int n, int rate) {
        Cancellation byUser = vm.beginExport();
        executor.submit(cancel -> {
            try {
                ExportService.exportAnimation(session, kind, size[0], size[1], n, rate, file,
                        () -> cancel.isCancelled() || byUser.isCancelled(),
                        p -> executor.publish(() -> vm.reportProgress(p)));
                return true;
            } catch (CancelledException stopped) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, written -> {
            vm.endExport(written ? "animation written to " + file.getFileName()
                    : "animation export cancelled: no file written");
            if (written) {
                vm.saved(file);
            }
        }, error -> {
            vm.endExport(null);
            showError(file, error);
        });
    }

    private static int onScreen(double size) {
        return (int) Math.max(ExportService.MIN_SIDE, Math.round(size));
    }

    /** Writes {@code what} at {@code width × height} to {@code target}, on the calling thread. */
    public void export(ExportTarget what, Path target, int width, int height, boolean dark) throws IOException {
        export(what, target, width, height, 1, dark);
    }

    /** As {@link #export(ExportTarget, Path, int, int, boolean)} with text and lines {@code scale} times larger. */
    public void export(ExportTarget what, Path target, int width, int height, double scale, boolean dark)
            throws IOException {
        if (what instanceof ExportTarget.Figure f) {
            Session session = vm.session(dark);
            if (session == null) {
                throw new IOException("there is no landscape to export yet");
            }
            ExportService.exportFigure(session, f.kind(), width, height, scale, target, Cancellation.NONE);
        } else if (what instanceof ExportTarget.Chart c) {
            ExportService.exportChart(charts.chart(c.kind()), width, height, scale, target);
        }
    }
}
