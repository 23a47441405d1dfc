package dev.superlevel.io.surface;

import dev.superlevel.core.surface.SampledSurface;

import java.util.List;
import java.util.Objects;

/**
 * A surface read from a file, with what the app shows about the file.
 *
 * @param fileName the file's name (no folder), e.g. {@code landscape.h5}
 * @param fileBytes the file's size in bytes
 * @param key the array that was read ({@code train_loss}; {@code loss} for .npz; the file stem for .npy)
 * @param arrays the surface arrays the file offers, in file order (coordinates excluded)
 * @param surface the samples with their coordinates
 */
public record SurfaceData(String fileName, long fileBytes, String key, List<String> arrays,
        SampledSurface surface) {

    public SurfaceData {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(surface, "surface");
        arrays = List.copyOf(arrays);
    }

    /** Whether the array holds an accuracy (higher is better: super-level sets are the natural view). */
    public boolean isAccuracy() {
        return key.toLowerCase(java.util.Locale.ROOT).contains("acc");
    }
}
