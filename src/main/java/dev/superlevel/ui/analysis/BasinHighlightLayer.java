package dev.superlevel.ui.analysis;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.render.ComponentPalette;
import dev.superlevel.ui.landscape.MapLayer;
import dev.superlevel.ui.landscape.PlotArea;

import java.util.List;
import javafx.beans.Observable;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The basin of the valley hovered in the landscape profile, on the map (issue 10): the grid cells of its branch
 * of the merge tree ({@link TopologyViewModel#hoveredCells()}, each sample's cell reaching half a grid step to
 * every side) tinted in the basin's colour, the same as its valley's, and outlined where the basin ends, with a
 * legend entry "basin k: min L at (x, y)". Shows nothing when no valley is hovered. FX thread only.
 */
public final class BasinHighlightLayer implements MapLayer {

    private static final double FILL_OPACITY = 0.45;

    private final TopologyViewModel vm;

    public BasinHighlightLayer(TopologyViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void paint(GraphicsContext g, PlotArea area) {
        TopologyViewModel.Result r = vm.resultProperty().get();
        int[] cells = vm.hoveredCells();
        if (r == null || cells.length == 0) {
            return;
        }
        GridSpec spec = r.field().spec();
        boolean[] in = new boolean[spec.size()];
        for (int p : cells) {
            in[p] = true;
        }
        int argb = ComponentPalette.argb(vm.hoveredBasinProperty().get());
        Color colour = Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
        g.setFill(colour.deriveColor(0, 1, 1, FILL_OPACITY));
        fillRuns(g, area, spec, in);
        g.beginPath();
        traceBorder(g, area, spec, in);
        g.setStroke(Color.WHITE);
        g.setLineWidth(3);
        g.stroke();
        g.setStroke(colour.darker());
        g.setLineWidth(1.4);
        g.stroke();
    }

    /** One rectangle per run of consecutive basin cells in a row. */
    private static void fillRuns(GraphicsContext g, PlotArea area, GridSpec spec, boolean[] in) {
        int nx = spec.nx();
        for (int j = 0; j < spec.ny(); j++) {
            int i = 0;
            while (i < nx) {
                if (!in[j * nx + i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < nx && in[j * nx + i]) {
                    i++;
                }
                double x0 = area.toScreenX(edgeX(spec, start));
                double x1 = area.toScreenX(edgeX(spec, i));
                double y0 = area.toScreenY(edgeY(spec, j + 1));
                double y1 = area.toScreenY(edgeY(spec, j));
                g.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            }
        }
    }

    /** The cell edges between a basin cell and a cell outside it (or the grid's border), as path segments. */
    private static void traceBorder(GraphicsContext g, PlotArea area, GridSpec spec, boolean[] in) {
        int nx = spec.nx();
        int ny = spec.ny();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (!in[j * nx + i]) {
                    continue;
                }
                double l = area.toScreenX(edgeX(spec, i));
                double r = area.toScreenX(edgeX(spec, i + 1));
                double b = area.toScreenY(edgeY(spec, j));
                double t = area.toScreenY(edgeY(spec, j + 1));
                segment(g, i == 0 || !in[j * nx + i - 1], l, b, l, t);
                segment(g, i == nx - 1 || !in[j * nx + i + 1], r, b, r, t);
                segment(g, j == 0 || !in[(j - 1) * nx + i], l, b, r, b);
                segment(g, j == ny - 1 || !in[(j + 1) * nx + i], l, t, r, t);
            }
        }
    }

    private static void segment(GraphicsContext g, boolean draw, double x0, double y0, double x1, double y1) {
        if (draw) {
            g.moveTo(x0, y0);
            g.lineTo(x1, y1);
        }
    }

    /** The left edge of column i's cell: half a step left of node i (i = nx: the right edge of the last). */
    static double edgeX(GridSpec spec, int i) {
        double step = spec.nx() > 1 ? spec.domain().width() / (spec.nx() - 1) : spec.domain().width();
        return spec.domain().xmin() + (i - 0.5) * step;
    }

    /** The bottom edge of row j's cell, likewise. */
    static double edgeY(GridSpec spec, int j) {
        double step = spec.ny() > 1 ? spec.domain().height() / (spec.ny() - 1) : spec.domain().height();
        return spec.domain().ymin() + (j - 0.5) * step;
    }

    @Override
    public List<Observable> dependencies() {
        return List.of(vm.hoveredBasinProperty(), vm.resultProperty());
    }

    @Override
    public List<String> legendEntries() {
        String entry = vm.hoveredLegend();
        return entry == null ? List.of() : List.of(entry);
    }
}
