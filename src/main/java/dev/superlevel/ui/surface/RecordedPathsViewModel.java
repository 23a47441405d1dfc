package dev.superlevel.ui.surface;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.surface.RecordedPath;
import dev.superlevel.io.trajectory.RecordedPaths;
import dev.superlevel.render.PathLossSeries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recorded training paths shown over the landscape (issue 10): File ▸ Open path, drag-and-drop and
 * sessions add loss-landscape projection files or path CSVs here; the map draws them in their own style
 * and the path-loss chart reads L(t) along them from the current surface. A file that cannot be read sets
 * {@link #errorProperty()} (one line naming it) and changes nothing else. Files are small and read on the
 * FX thread. FX-thread confined.
 */
public final class RecordedPathsViewModel {

    private final ObservableList<RecordedPath> paths = FXCollections.observableArrayList();
    private final List<String> files = new ArrayList<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * Reads {@code file} and adds it after the paths shown.
     *
     * @return whether it was read; otherwise {@link #errorProperty()} says why
     */
    public boolean open(Path file) {
        try {
            RecordedPath p = RecordedPaths.read(file);
            error.set("");
            files.add(file.toAbsolutePath().normalize().toString());
            paths.add(p);
            return true;
        } catch (RuntimeException e) {
            error.set("could not open the path: " + e.getMessage());
            return false;
        }
    }

    /** Shows exactly the paths a session keeps; a vanished file is left out and named in the error. */
    public void restore(List<String> sessionFiles) {
        clear();
        List<String> problems = new ArrayList<>();
        for (String f : sessionFiles) {
            if (!open(Path.of(f))) {
                problems.add(error.get());
            }
        }
        error.set(String.join("; ", problems));
    }

    /** Removes every path. */
    public void clear() {
        files.clear();
        paths.clear();
        error.set("");
    }

    /** The paths shown, in the order they were added. */
    public ObservableList<RecordedPath> paths() {
        return paths;
    }

    /** The absolute file names of the paths shown, for the session. */
    public List<String> files() {
        return List.copyOf(files);
    }

    /** Per path: L(t) on {@code surface} beside the file's own loss column (the path-loss chart's data). */
    public List<PathLossSeries> lossSeries(LossFunction surface) {
        List<PathLossSeries> out = new ArrayList<>();
        for (RecordedPath p : paths) {
            double[] onSurface = surface == null ? nan(p.size()) : p.lossOn(surface);
            out.add(new PathLossSeries(p.name(), p.steps(), onSurface, p.losses()));
        }
        return out;
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    /** Why the last file could not be read, one line naming it; empty after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
