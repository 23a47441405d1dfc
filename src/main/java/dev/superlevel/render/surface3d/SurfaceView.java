package dev.superlevel.render.surface3d;

/**
 * How the 3-D surface is looked at and how loss becomes height: the orbit camera and the height mapping.
 * Immutable; every {@code with…} returns a new view.
 *
 * @param azimuth orbit angle about the vertical axis, degrees; 0 looks along −x (from +x), −90 looks along +y
 *     (from ymin, x to the right); any finite value (taken modulo 360)
 * @param elevation angle of the eye above the x–y plane, degrees, in [−89, 89]
 * @param zoom magnification of the fitted picture, in [0.2, 10] (1 = the box fills the plot)
 * @param exaggeration vertical exaggeration, in [0.1, 10] (1 = the box is {@link HeightMap#BOX_HEIGHT} high)
 * @param logHeight height follows {@link dev.superlevel.render.ColorScale#LOG} (for losses spanning decades)
 * @param clipLow lower end of the shown height range as a fraction of the (linear or log) range, in [0, 1)
 * @param clipHigh upper end, in (clipLow, 1]: values above are flattened at the top, so a spike does not
 *     flatten everything else
 */
public record SurfaceView(double azimuth, double elevation, double zoom, double exaggeration, boolean logHeight,
        double clipLow, double clipHigh) {

    /** Default azimuth: the viewer in front of the ymin edge, a little to the right (as matplotlib's −60°). */
    public static final double DEFAULT_AZIMUTH = -60;
    /** Default elevation, degrees. */
    public static final double DEFAULT_ELEVATION = 30;

    public SurfaceView {
        if (!Double.isFinite(azimuth)) {
            throw new IllegalArgumentException("azimuth must be a finite number of degrees, got " + azimuth);
        }
        if (!(elevation >= -89 && elevation <= 89)) {
            throw new IllegalArgumentException("elevation must be between -89 and 89 degrees, got " + elevation);
        }
        if (!(zoom >= 0.2 && zoom <= 10)) {
            throw new IllegalArgumentException("zoom must be between 0.2 and 10, got " + zoom);
        }
        if (!(exaggeration >= 0.1 && exaggeration <= 10)) {
            throw new IllegalArgumentException("exaggeration must be between 0.1 and 10, got " + exaggeration);
        }
        if (!(clipLow >= 0 && clipLow < clipHigh && clipHigh <= 1)) {
            throw new IllegalArgumentException("height clip must satisfy 0 <= low < high <= 1, got " + clipLow
                    + ", " + clipHigh);
        }
        azimuth = normalizeDegrees(azimuth);
    }

    /** Azimuth −60°, elevation 30°, zoom 1, exaggeration 1, linear height, no clipping. */
    public static SurfaceView defaults() {
        return new SurfaceView(DEFAULT_AZIMUTH, DEFAULT_ELEVATION, 1, 1, false, 0, 1);
    }

    /** The same view with the camera at {@code newAzimuth}, {@code newElevation} (degrees). */
    public SurfaceView withAngles(double newAzimuth, double newElevation) {
        return new SurfaceView(newAzimuth, newElevation, zoom, exaggeration, logHeight, clipLow, clipHigh);
    }

    /** The camera turned by the given degrees, the elevation clamped to [−89, 89]. */
    public SurfaceView orbitBy(double deltaAzimuth, double deltaElevation) {
        return withAngles(azimuth + deltaAzimuth, Math.max(-89, Math.min(89, elevation + deltaElevation)));
    }

    public SurfaceView withZoom(double newZoom) {
        return new SurfaceView(azimuth, elevation, Math.max(0.2, Math.min(10, newZoom)), exaggeration, logHeight,
                clipLow, clipHigh);
    }

    public SurfaceView withExaggeration(double newExaggeration) {
        return new SurfaceView(azimuth, elevation, zoom, newExaggeration, logHeight, clipLow, clipHigh);
    }

    public SurfaceView withLogHeight(boolean newLogHeight) {
        return new SurfaceView(azimuth, elevation, zoom, exaggeration, newLogHeight, clipLow, clipHigh);
    }

    public SurfaceView withClip(double newLow, double newHigh) {
        return new SurfaceView(azimuth, elevation, zoom, exaggeration, logHeight, newLow, newHigh);
    }

    /** {@code degrees} in (−180, 180]. */
    static double normalizeDegrees(double degrees) {
        double d = degrees % 360;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }
}
