package dev.superlevel.ui.analysis.basins;

import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.render.Ticks;
import dev.superlevel.ui.landscape.MapLayer;
import dev.superlevel.ui.landscape.PlotArea;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The Basins layer on the map: the lattice cells of {@link BasinsViewModel}'s result drawn translucently
 * ({@link BasinCells}), each centred on its start and one lattice spacing wide, under the runs; dimmed while
 * a newer computation is under way. A plain click on a cell adds a run with the layer's configuration from
 * that cell's start. FX thread only.
 */
public final class BasinsLayer implements MapLayer {

    /** How strongly the stale picture shows while its replacement is computed. */
    static final double STALE_ALPHA = 0.4;

    private final BasinsViewModel vm;
    private final ObservableBooleanValue dark;
    /** The picture of the last result, rebuilt only when the result or the theme changes. */
    private WritableImage image;
    private BasinsViewModel.Result imageOf;
    private boolean imageDark;

    public BasinsLayer(BasinsViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.dark = dark;
    }

    @Override
    public void paint(GraphicsContext g, PlotArea area) {
        BasinsViewModel.Result r = vm.resultProperty().get();
        if (!vm.enabledProperty().get() || r == null) {
            return;
        }
        WritableImage picture = image(r);
        Lattice lattice = r.map().lattice();
        Domain d = lattice.domain();
        double halfX = d.width() / (lattice.side() - 1) / 2;
        double halfY = d.height() / (lattice.side() - 1) / 2;
        double x0 = area.toScreenX(d.xmin() - halfX);
        double y0 = area.toScreenY(d.ymax() + halfY);
        g.setGlobalAlpha(vm.isComputing() ? STALE_ALPHA : 1);
        g.setImageSmoothing(false);
        g.drawImage(picture, x0, y0, area.toScreenX(d.xmax() + halfX) - x0, area.toScreenY(d.ymin() - halfY) - y0);
    }

    private WritableImage image(BasinsViewModel.Result r) {
        if (r != imageOf || dark.get() != imageDark) {
            int side = r.map().lattice().side();
            int s = BasinCells.pixelsPerCell(side);
            int[] argb = BasinCells.raster(r.map(), r.compare(), s, dark.get());
            int w = side * s;
            image = new WritableImage(w, w);
            image.getPixelWriter().setPixels(0, 0, w, w, PixelFormat.getIntArgbInstance(), argb, 0, w);
            imageOf = r;
            imageDark = dark.get();
        }
        return image;
    }

    @Override
    public List<Observable> dependencies() {
        return List.of(vm.resultProperty(), vm.stateProperty(), vm.enabledProperty(), dark);
    }

    /**
     * "basins: NAME (64² starts, 0.84 s)", while a newer one is computed "(64² starts, updating…)"; when comparing also "compared
     * with: NAME (lower-left half of a changed cell)" and "changed destination (N of M²)".
     */
    @Override
    public List<String> legendEntries() {
        BasinsViewModel.Result r = vm.resultProperty().get();
        if (!vm.enabledProperty().get() || r == null) {
            return List.of();
        }
        int side = r.map().lattice().side();
        String status = vm.isComputing() ? ", updating\u2026" : ", " + Ticks.format(r.millis() / 1000.0, 3) + " s";
        List<String> entries = new ArrayList<>();
        entries.add("basins: " + r.runName() + " (" + side + "\u00b2 starts" + status + ")");
        if (r.compare() != null) {
            entries.add("compared with: " + r.compareName() + " (lower-left half of a changed cell)");
            entries.add("changed destination (" + vm.changedStarts().length + " of " + side * side + ")");
        }
        return entries;
    }

    /** A click on a cell of the shown map adds that start's run (and selects it). */
    @Override
    public boolean onClick(double x, double y) {
        if (!vm.enabledProperty().get()) {
            return false;
        }
        int k = vm.startAt(x, y);
        return k >= 0 && vm.addRunAt(k);
    }
}
