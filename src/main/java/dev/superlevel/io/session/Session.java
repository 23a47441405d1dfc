package dev.superlevel.io.session;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureStyle;

import java.util.List;

/**
 * Everything needed to rebuild a view: the function and its parameters, the domain and grid, λ, set mode,
 * connectivity, colours, every run with its colour, and the current step. Saved as versioned JSON by
 * {@link SessionFile} and embedded in every exported PNG (text chunk {@value SessionFile#PNG_KEY}).
 *
 * @param version file format version ({@value SessionFile#VERSION})
 * @param appVersion version of the application that wrote it
 * @param style figure style (light or dark), so an exported PNG re-renders identically from its session
 * @param currentStep step shown in the trajectory views (≥ 0)
 * @param paths recorded training paths drawn over the landscape (issue 10): absolute file paths of
 *     loss-landscape projection files or path CSVs, read again when the session is drawn; optional in the
 *     JSON (older sessions have none)
 */
public record Session(int version, String appVersion, SessionFunction function, Domain domain, int nx, int ny,
        double lambda, SetMode mode, Connectivity connectivity, ColorScale colorScale, Colormap colormap,
        FigureStyle style, List<SessionRun> runs, int currentStep, List<String> paths) {

    public Session {
        if (function == null || domain == null || mode == null || connectivity == null || colorScale == null
                || colormap == null) {
            throw new IllegalArgumentException("session: function, domain, mode, connectivity and colours are required");
        }
        new GridSpec(domain, nx, ny);
        if (!Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda: must be a finite number, got " + lambda);
        }
        if (currentStep < 0) {
            throw new IllegalArgumentException("currentStep: must be >= 0, got " + currentStep);
        }
        appVersion = appVersion == null ? "" : appVersion;
        style = style == null ? FigureStyle.LIGHT : style;
        runs = List.copyOf(runs == null ? List.of() : runs);
        paths = List.copyOf(paths == null ? List.of() : paths);
        for (String p : paths) {
            if (p.isBlank()) {
                throw new IllegalArgumentException("paths: a recorded path file name must not be empty");
            }
        }
    }

    /** A session without recorded paths (the form before issue 10). */
    public Session(int version, String appVersion, SessionFunction function, Domain domain, int nx, int ny,
            double lambda, SetMode mode, Connectivity connectivity, ColorScale colorScale, Colormap colormap,
            FigureStyle style, List<SessionRun> runs, int currentStep) {
        this(version, appVersion, function, domain, nx, ny, lambda, mode, connectivity, colorScale, colormap, style,
                runs, currentStep, List.of());
    }

    /** A session of the current format version written by this application version, in the light style. */
    public static Session of(SessionFunction function, Domain domain, int nx, int ny, double lambda, SetMode mode,
            Connectivity connectivity, ColorScale colorScale, Colormap colormap, List<SessionRun> runs,
            int currentStep) {
        return new Session(SessionFile.VERSION, SessionFile.appVersion(), function, domain, nx, ny, lambda, mode,
                connectivity, colorScale, colormap, FigureStyle.LIGHT, runs, currentStep);
    }

    /** The same session drawn in {@code newStyle}. */
    public Session withStyle(FigureStyle newStyle) {
        return new Session(version, appVersion, function, domain, nx, ny, lambda, mode, connectivity, colorScale,
                colormap, newStyle, runs, currentStep, paths);
    }

    /** The same session with {@code newPaths} as its recorded paths (file paths, drawn in this order). */
    public Session withPaths(List<String> newPaths) {
        return new Session(version, appVersion, function, domain, nx, ny, lambda, mode, connectivity, colorScale,
                colormap, style, runs, currentStep, newPaths);
    }

    /** The grid of the view. */
    public GridSpec grid() {
        return new GridSpec(domain, nx, ny);
    }
}
