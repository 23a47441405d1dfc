package dev.superlevel.ui.function;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.LandscapeRaster;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.landscape.RasterPixels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Small heat-map previews of the samples, computed once each in the background and cached by name.
 * FX-thread confined (callbacks run on the publishing thread).
 */
public final class ThumbnailCache {

    public static final int SIZE = 40;

    private final BackgroundExecutor executor;
    private final Map<String, RasterPixels> done = new HashMap<>();
    private final Map<String, List<Consumer<RasterPixels>>> waiting = new HashMap<>();

    public ThumbnailCache(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Calls {@code onReady} with the thumbnail of {@code sample}, now if cached, else when computed. */
    public void request(SampleFunction sample, Consumer<RasterPixels> onReady) {
        RasterPixels cached = done.get(sample.name());
        if (cached != null) {
            onReady.accept(cached);
            return;
        }
        List<Consumer<RasterPixels>> queue = waiting.get(sample.name());
        if (queue != null) {
            queue.add(onReady);
            return;
        }
        queue = new ArrayList<>();
        queue.add(onReady);
        waiting.put(sample.name(), queue);
        executor.submit(cancel -> render(sample), px -> {
            done.put(sample.name(), px);
            waiting.remove(sample.name()).forEach(c -> c.accept(px));
        }, error -> waiting.remove(sample.name()));
    }

    private static RasterPixels render(SampleFunction sample) {
        if (sample.isMlp()) {
            // an MLP slice trains a network first (seconds): no preview rather than a busy start-up
            throw new IllegalStateException("no thumbnail for an MLP slice");
        }
        LossFunction loss;
        if (sample.isDataset()) {
            loss = sample.definition().loss();
        } else {
            Map<String, Double> params = new HashMap<>();
            sample.parameters().forEach(p -> params.put(p.name(), p.defaultValue()));
            loss = ExpressionCompiler.compile(sample.expression(), params);
        }
        SampledField f = GridSampler.sample(loss, GridSpec.square(sample.domain(), SIZE));
        int[] argb = LandscapeRaster.heatmap(f, sample.logScale() ? ColorScale.LOG : ColorScale.LINEAR, 0);
        return new RasterPixels(SIZE, SIZE, argb);
    }
}
