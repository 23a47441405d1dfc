package dev.superlevel.ui.surface;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.surface.SampledSurface;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.surface.SurfaceData;
import dev.superlevel.io.surface.SurfaceFiles;
import dev.superlevel.io.surface.SurfaceReference;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.landscape.LandscapeViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A surface file shown as the landscape (issue 10): reads it in the background, then hands its interpolant
 * to the landscape and the runs, views its own extent at its own resolution (the larger side), and picks
 * the set mode by the array (an accuracy is seen in super-level mode, a loss in sub-level mode). A file
 * that cannot be read sets {@link #errorProperty()} and changes nothing else, so the last landscape stays.
 * Choosing a function in the function panel afterwards replaces the surface. FX-thread confined.
 */
public final class SurfaceViewModel {

    private final FunctionPanelViewModel function;
    private final LandscapeViewModel landscape;
    private final RunsViewModel runs;
    private final LatestRequest work;
    private final ReadOnlyObjectWrapper<SurfaceReference> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<SurfaceData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Told when a file opens with its own view, just before its loss is handed over (see {@link #setOnOwnView}). */
    private Runnable onOwnView = () -> { };

    public SurfaceViewModel(BackgroundExecutor executor, FunctionPanelViewModel function, LandscapeViewModel landscape,
            RunsViewModel runs) {
        this.function = function;
        this.landscape = landscape;
        this.runs = runs;
        this.work = new LatestRequest(executor);
        function.functionProperty().addListener(o -> clear());
        function.datasetProperty().addListener(o -> clear());
    }

    /** Reads array {@code key} (null: the format's default) of a surface file and shows it. */
    public void open(Path file, String key) {
        String absolute = file.toAbsolutePath().normalize().toString();
        open(new SurfaceReference(absolute, key == null ? "" : key, false), null, true);
    }

    /**
     * Shows the surface a session names, keeping the session's view (domain, resolution, mode); a bare
     * .npy takes {@code npyDomain} as its extent. An empty key means the format's default.
     */
    public void open(SurfaceReference reference, Domain npyDomain) {
        open(reference, npyDomain, false);
    }

    private void open(SurfaceReference reference, Domain npyDomain, boolean ownView) {
        error.set("");
        work.submit(cancel -> read(reference, npyDomain), loaded -> show(reference, loaded, ownView),
                failure -> error.set("could not open the surface: " + failure.getMessage()));
    }

    private static SurfaceData read(SurfaceReference reference, Domain npyDomain) {
        String key = reference.key().isEmpty() ? null : reference.key();
        if (SurfaceFiles.isSample(reference.file())) {
            return SurfaceFiles.sample(reference.file(), key).orElseThrow();
        }
        boolean npy = reference.file().toLowerCase(Locale.ROOT).endsWith(".npy");
        return SurfaceFiles.read(Path.of(reference.file()), npy ? null : key, reference.transposed(), npyDomain);
    }

    private void show(SurfaceReference reference, SurfaceData loaded, boolean ownView) {
        SampledSurface s = loaded.surface();
        SurfaceInterpolant loss = new SurfaceInterpolant(s);
        // first, so the status line of the landscape it triggers names the file; data last of the three,
        // since its listeners (the array chooser) read the other two
        current.set(new SurfaceReference(reference.file(), loaded.key(), reference.transposed()));
        info.set(describe(loaded));
        data.set(loaded);
        if (ownView) {
            landscape.modeProperty().set(loaded.isAccuracy() ? SetMode.SUPERLEVEL : SetMode.SUBLEVEL);
            landscape.resolutionProperty().set(Math.max(s.nx(), s.ny()));
            function.domainProperty().set(s.domain());
            onOwnView.run();  // after the view changes: they resample the previous function, which must not take it
        }
        landscape.functionProperty().set(loss);
        runs.lossProperty().set(loss);
    }

    /** {@code landscape.h5 · train_loss of 4 arrays · 101×101 · 84 KB · x −1…1 · y −1…1}. */
    static String describe(SurfaceData d) {
        SampledSurface s = d.surface();
        Domain r = s.domain();
        return String.format(Locale.ROOT, "%s · %s of %d array%s · %d×%d · %s · x %s…%s · y %s…%s", d.fileName(),
                d.key(), d.arrays().size(), d.arrays().size() == 1 ? "" : "s", s.nx(), s.ny(), size(d.fileBytes()),
                r.xmin(), r.xmax(), r.ymin(), r.ymax());
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1 << 20 ? (bytes + 512) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private void clear() {
        work.cancel();
        current.set(null);
        data.set(null);
        info.set("");
    }

    /**
     * What to do when a file opens with its own view (File ▸ Open surface, a drop, another array; not a
     * session, which keeps its λ): runs after the view is set and before the loss reaches the landscape, so the owner can ask for the
     * level of a new function (the median of its samples, as {@code render}).
     */
    public void setOnOwnView(Runnable action) {
        onOwnView = java.util.Objects.requireNonNull(action, "action");
    }

    /** The surface on screen (absolute path or sample stem, and array), null when a function is shown. */
    public ReadOnlyObjectProperty<SurfaceReference> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The file read, with the arrays it offers (for the array chooser); null when a function is shown. */
    public ReadOnlyObjectProperty<SurfaceData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The file's name, array, size and coordinate ranges; empty when a function is shown. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** Why the last file could not be opened, one line naming it; empty after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
