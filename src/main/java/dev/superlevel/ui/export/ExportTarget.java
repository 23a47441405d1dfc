package dev.superlevel.ui.export;

import dev.superlevel.render.FigureKind;
import dev.superlevel.ui.charts.ChartKind;

import java.util.ArrayList;
import java.util.List;

/**
 * What Export PNG writes: a figure ({@link FigureKind}, drawn by RENDER exactly as the CLI) or one of
 * the live charts ({@link ChartKind}). The dialog dispatches on the kind, never on its display label.
 */
public sealed interface ExportTarget permits ExportTarget.Figure, ExportTarget.Chart {

    /** The composite figure's default size: its own layout, whatever the window's size. */
    int COMPOSITE_WIDTH = 1600;
    int COMPOSITE_HEIGHT = 900;

    /** The label shown in the dialog's choice box. */
    String label();

    /** One of the figures the app can draw ({@link #figures(boolean)}). */
    record Figure(FigureKind kind) implements ExportTarget {
        @Override
        public String label() {
            return switch (kind) {
                case LANDSCAPE -> "Landscape";
                case COMPOSITE -> "Landscape with charts (composite)";
                case PROFILE -> "Topological profile (merge tree)";
                case BASINS -> "Basins of attraction";
                case SURFACE -> "3-D surface";
                case PATH_LOSS -> "Loss along the recorded paths";
            };
        }
    }

    /** One live chart. */
    record Chart(ChartKind kind) implements ExportTarget {
        @Override
        public String label() {
            return kind.title();
        }
    }

    static ExportTarget of(FigureKind kind) {
        return new Figure(kind);
    }

    static ExportTarget of(ChartKind kind) {
        return new Chart(kind);
    }

    /**
     * The figures the app can make from its current state, in the dialogs' order: the landscape, the
     * composite, the topological profile, the 3-D surface, and the recorded paths' loss only while a recorded
     * path is shown. The basins figure is never offered: it runs the optimizers from every lattice start
     * (the Basins tool shows them in the app).
     */
    static List<FigureKind> figures(boolean recordedPaths) {
        List<FigureKind> figures = new ArrayList<>(List.of(FigureKind.LANDSCAPE, FigureKind.COMPOSITE,
                FigureKind.PROFILE, FigureKind.SURFACE));
        if (recordedPaths) {
            figures.add(FigureKind.PATH_LOSS);
        }
        return figures;
    }

    /** Every target Export PNG offers, in its order: the {@link #figures(boolean)}, then the charts. */
    static List<ExportTarget> offered(boolean recordedPaths) {
        List<ExportTarget> all = new ArrayList<>();
        for (FigureKind kind : figures(recordedPaths)) {
            all.add(new Figure(kind));
        }
        for (ChartKind kind : ChartKind.values()) {
            all.add(new Chart(kind));
        }
        return all;
    }
}
