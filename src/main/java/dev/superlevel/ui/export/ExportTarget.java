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

    /** The landscape figure or the composite figure. */
    record Figure(FigureKind kind) implements ExportTarget {
        @Override
        public String label() {
            return kind == FigureKind.COMPOSITE ? "Landscape with charts (composite)" : "Landscape";
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

    /** Every target in the dialog's order: the two figures, then the charts. */
    static List<ExportTarget> all() {
        List<ExportTarget> all = new ArrayList<>();
        for (FigureKind kind : FigureKind.values()) {
            all.add(new Figure(kind));
        }
        for (ChartKind kind : ChartKind.values()) {
            all.add(new Chart(kind));
        }
        return all;
    }
}
