package dev.superlevel.ui.landscape;

/** An ARGB picture, row 0 at the top, ready for {@code PixelWriter.setPixels}. Not copied: treat as immutable. */
public record RasterPixels(int width, int height, int[] argb) {

    public RasterPixels {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("raster has " + argb.length + " pixels, expected "
                    + width + "x" + height);
        }
    }
}
