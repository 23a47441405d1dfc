package dev.superlevel.core.topology;

import java.util.List;

/**
 * The connected components of one level set.
 *
 * @param labels     per sample in field order (flat index j·nx + i): −1 outside the set, else the
 *                   component label 0 … count−1; labels are numbered in order of each component's
 *                   lowest sample index. The array is owned by this record; do not modify it.
 * @param count      number of components
 * @param components one entry per label, {@code components.get(l).label() == l}
 */
public record Labelling(int[] labels, int count, List<ComponentInfo> components) {

    public Labelling {
        components = List.copyOf(components);
        if (components.size() != count) {
            throw new IllegalArgumentException("labelling: " + count + " components but "
                    + components.size() + " infos");
        }
    }
}
