package dev.superlevel.ui.landscape;

/**
 * An ARGB picture, row 0 at the top, ready for {@code PixelWriter.setPixels}. The array is not copied
 * (the λ hot path reuses one buffer), so each update is a new instance: equality is identity on
 * purpose, otherwise a property holding it would not report the change.
 */
public final class RasterPixels {

    private final int width;
    private final int height;
    private final int[] argb;

    public RasterPixels(int width, int height, int[] argb) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("raster has " + argb.length + " pixels, expected "
                    + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row-major, row 0 = top; callers must not modify them. */
    public int[] argb() {
        return argb;
    }
}
