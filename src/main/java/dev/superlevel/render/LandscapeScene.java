package dev.superlevel.render;

import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;

import java.util.List;

/**
 * Everything the landscape figure depends on, so that the same scene gives the same pixels in the app's
 * Export PNG and in the CLI {@code render}.
 *
 * @param field the sampled loss
 * @param scale colour scale of the heat map
 * @param colormap colour map of the heat map
 * @param isoLineCount K thin iso-lines of L (0 for none), see {@link LandscapeRaster#heatmap}
 * @param labels per-sample component ids in field order (−1 outside S_λ), or null to draw no shading
 * @param componentCount number of components reported in the caption (ignored without labels)
 * @param lambda the level λ
 * @param mode super- or sub-level set
 * @param connectivity connectivity used for the labels and contours (reported in the caption)
 * @param contours the λ contours in domain coordinates (may be empty)
 * @param trajectories optimizer paths (may be empty)
 * @param formula caption's first line, e.g. the expression; blank for none
 * @param style light or dark
 * @param shadeAlpha opacity of the component colours over the heat map, in [0, 1]
 */
public record LandscapeScene(SampledField field, ColorScale scale, Colormap colormap, int isoLineCount,
        int[] labels, int componentCount, double lambda, SetMode mode, Connectivity connectivity,
        List<Polyline> contours, List<TrajectoryOverlay> trajectories, String formula, FigureStyle style,
        double shadeAlpha) {

    /** Default opacity of the shaded set. */
    public static final double DEFAULT_ALPHA = 0.55;

    public LandscapeScene {
        if (field == null) {
            throw new IllegalArgumentException("scene: field is missing");
        }
        if (labels != null && labels.length != field.spec().size()) {
            throw new IllegalArgumentException("scene: " + labels.length + " labels for " + field.spec().size()
                    + " samples");
        }
        if (isoLineCount < 0) {
            throw new IllegalArgumentException("scene: isoLineCount must be >= 0, got " + isoLineCount);
        }
        if (!(shadeAlpha >= 0 && shadeAlpha <= 1)) {
            throw new IllegalArgumentException("scene: shadeAlpha must be in [0, 1], got " + shadeAlpha);
        }
        scale = scale == null ? ColorScale.LINEAR : scale;
        colormap = colormap == null ? Colormap.VIRIDIS : colormap;
        mode = mode == null ? SetMode.SUPERLEVEL : mode;
        connectivity = connectivity == null ? Connectivity.CONTOUR : connectivity;
        contours = contours == null ? List.of() : List.copyOf(contours);
        trajectories = trajectories == null ? List.of() : List.copyOf(trajectories);
        formula = formula == null ? "" : formula;
        style = style == null ? FigureStyle.LIGHT : style;
    }

    /** A scene with only the heat map at level λ (linear viridis, 10 iso-lines, light style). */
    public static LandscapeScene of(SampledField field, double lambda) {
        return new LandscapeScene(field, ColorScale.LINEAR, Colormap.VIRIDIS, 10, null, 0, lambda,
                SetMode.SUPERLEVEL, Connectivity.CONTOUR, List.of(), List.of(), "", FigureStyle.LIGHT,
                DEFAULT_ALPHA);
    }

    public LandscapeScene withLabels(int[] newLabels, int newComponentCount) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, newLabels, newComponentCount, lambda, mode,
                connectivity, contours, trajectories, formula, style, shadeAlpha);
    }

    public LandscapeScene withSet(SetMode newMode, Connectivity newConnectivity) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, labels, componentCount, lambda, newMode,
                newConnectivity, contours, trajectories, formula, style, shadeAlpha);
    }

    public LandscapeScene withContours(List<Polyline> newContours) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, labels, componentCount, lambda, mode,
                connectivity, newContours, trajectories, formula, style, shadeAlpha);
    }

    public LandscapeScene withTrajectories(List<TrajectoryOverlay> newTrajectories) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, labels, componentCount, lambda, mode,
                connectivity, contours, newTrajectories, formula, style, shadeAlpha);
    }

    public LandscapeScene withColours(ColorScale newScale, Colormap newColormap, int newIsoLineCount) {
        return new LandscapeScene(field, newScale, newColormap, newIsoLineCount, labels, componentCount, lambda,
                mode, connectivity, contours, trajectories, formula, style, shadeAlpha);
    }

    public LandscapeScene withFormula(String newFormula) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, labels, componentCount, lambda, mode,
                connectivity, contours, trajectories, newFormula, style, shadeAlpha);
    }

    public LandscapeScene withStyle(FigureStyle newStyle) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, labels, componentCount, lambda, mode,
                connectivity, contours, trajectories, formula, newStyle, shadeAlpha);
    }

    /**
     * The same scene with every trajectory drawn up to {@code step} (clamped to its points), for
     * animation frames.
     */
    public LandscapeScene atStep(int step) {
        if (step < 0) {
            throw new IllegalArgumentException("scene: step must be >= 0, got " + step);
        }
        List<TrajectoryOverlay> moved = trajectories.stream()
                .map(t -> t.atStep(step)).toList();
        return withTrajectories(moved);
    }

    public LandscapeScene withShadeAlpha(double newAlpha) {
        return new LandscapeScene(field, scale, colormap, isoLineCount, labels, componentCount, lambda, mode,
                connectivity, contours, trajectories, formula, style, newAlpha);
    }
}
