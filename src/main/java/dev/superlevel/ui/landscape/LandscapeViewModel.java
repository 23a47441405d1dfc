package dev.superlevel.ui.landscape;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** State of the landscape view: the sampled field and its picture. FX-thread confined. */
public final class LandscapeViewModel {

    private final LatestRequest sampling;
    private final ReadOnlyObjectWrapper<SampledField> field = new ReadOnlyObjectWrapper<>(this, "field");
    private final ReadOnlyObjectWrapper<RasterPixels> pixels = new ReadOnlyObjectWrapper<>(this, "pixels");

    public LandscapeViewModel(BackgroundExecutor executor) {
        this.sampling = new LatestRequest(executor);
    }

    /** Starts with the temporary landscape until the function library is on main. */
    public void loadDefault() {
        resample(new TemporaryPeaks(), GridSpec.square(new Domain(-3, 3, -3, 3), 256));
    }

    public void resample(LossFunction f, GridSpec spec) {
        sampling.submit(cancel -> {
            SampledField sampled = GridSampler.sample(f, spec, cancel);
            return new Object[] {sampled, greyscale(sampled)};
        }, result -> {
            field.set((SampledField) result[0]);
            pixels.set((RasterPixels) result[1]);
        }, error -> { });
    }

    /** TEMPORARY grey-scale fill until render.LandscapeRaster is on main. */
    private static RasterPixels greyscale(SampledField f) {
        int nx = f.nx();
        int ny = f.ny();
        int[] argb = new int[nx * ny];
        double lo = f.min();
        double span = Math.max(f.max() - lo, 1e-300);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int g = (int) Math.round(255 * (f.value(i, j) - lo) / span);
                argb[(ny - 1 - j) * nx + i] = 0xFF000000 | g << 16 | g << 8 | g;
            }
        }
        return new RasterPixels(nx, ny, argb);
    }

    public ReadOnlyObjectProperty<SampledField> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RasterPixels> pixelsProperty() {
        return pixels.getReadOnlyProperty();
    }
}
